/// One year's public holidays and make-up working days (调休上班), as the State Council General
/// Office announces them each year (国务院办公厅关于XXXX年部分节假日安排的通知) and
/// `content/calendar/<year>.yaml` records them.
public struct CalendarYear: Sendable, Hashable {
    /// A holiday as the notice announces it: every day from `from` to `to`, both included, is off
    /// (weekends inside the range included).
    public struct Holiday: Sendable, Hashable {
        public var name: String
        public var from: LocalDate
        public var to: LocalDate

        public init(name: String, from: LocalDate, to: LocalDate) {
            self.name = name
            self.from = from
            self.to = to
        }

        public func contains(_ d: LocalDate) -> Bool { from <= d && d <= to }
    }

    /// A Saturday or Sunday worked in exchange for a day off next to a holiday.
    public struct Workday: Sendable, Hashable {
        public var date: LocalDate
        public var name: String?

        public init(date: LocalDate, name: String? = nil) {
            self.date = date
            self.name = name
        }
    }

    public var year: Int
    /// The notice's title, so every date can be traced to where it was announced.
    public var source: String
    /// The notice's document number (文号), e.g. 国办发明电〔2025〕7号.
    public var number: String?
    /// The day the notice was issued.
    public var issued: LocalDate?
    public var holidays: [Holiday]
    public var workdays: [Workday]

    public init(year: Int, source: String, number: String? = nil, issued: LocalDate? = nil,
                holidays: [Holiday] = [], workdays: [Workday] = []) {
        self.year = year
        self.source = source
        self.number = number
        self.issued = issued
        self.holidays = holidays
        self.workdays = workdays
    }
}
