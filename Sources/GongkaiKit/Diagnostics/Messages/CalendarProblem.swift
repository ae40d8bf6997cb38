/// What is wrong with the holiday calendar in content/calendar/.
enum CalendarProblem: Hashable, Sendable {
    case unreadableFolder
    case folderInside(String)
    case misnamed(String)
    case missingSource
    case wrongYear(LocalDate, year: Int)
    case reversedRange(holiday: String, from: LocalDate, to: LocalDate)
    case overlap(holiday: String, from: LocalDate, to: LocalDate, other: String, otherFrom: LocalDate, otherTo: LocalDate)
    case duplicateWorkday(LocalDate, firstLine: Int)
    case workdayNotWeekend(LocalDate)
    case workdayInHoliday(LocalDate, holiday: String, from: LocalDate, to: LocalDate)
    case missingYear(Int)

    func text(in l: Language) -> String {
        let folder = CalendarLoader.folder
        let rule = l.say("\(folder) 里每年放一个 <年份>.yaml 文件", "\(folder) holds one <year>.yaml file per year")
        return switch self {
        case .unreadableFolder:
            l.say("\(folder) 应是一个能读取的文件夹，里面放 <年份>.yaml 文件",
                  "\(folder) must be a readable folder of <year>.yaml files")
        case let .folderInside(name):
            l.say("'\(name)' 是一个文件夹；\(rule)", "'\(name)' is a folder; \(rule)")
        case let .misnamed(name):
            l.say("'\(name)' 不是节假日文件；\(rule)", "'\(name)' is not a calendar file; \(rule)")
        case .missingSource:
            l.say("节假日文件需要填写 'source'，即这些日期所依据的通知标题",
                  "a calendar file needs 'source', the title of the notice its dates come from")
        case let .wrongYear(d, year):
            l.say("\(d) 不在 \(year) 年，而这个文件只列 \(year) 年的日期", "\(d) is not in \(year), the year this file lists")
        case let .reversedRange(name, from, to):
            l.say("节假日 '\(name)' 的最后一天 \(to) 早于第一天 \(from)", "holiday '\(name)' ends on \(to), before it starts on \(from)")
        case let .overlap(name, from, to, other, otherFrom, otherTo):
            l.say("节假日 '\(name)'（\(from) 至 \(to)）与 '\(other)'（\(otherFrom) 至 \(otherTo)）重叠",
                  "holiday '\(name)' (\(from) to \(to)) overlaps '\(other)' (\(otherFrom) to \(otherTo))")
        case let .duplicateWorkday(d, line):
            l.say("\(d) 已在第 \(line) 行列为调休上班日", "\(d) is already listed as a make-up workday on line \(line)")
        case let .workdayNotWeekend(d):
            l.say("调休上班日 \(d) 是\(Self.chineseWeekdays[d.weekday - 1])；调休上班日只能是星期六或星期日",
                  "make-up workday \(d) is a \(Self.weekdays[d.weekday - 1]); make-up workdays (调休上班) are Saturdays or Sundays")
        case let .workdayInHoliday(d, name, from, to):
            l.say("调休上班日 \(d) 在节假日 '\(name)'（\(from) 至 \(to)）之内",
                  "make-up workday \(d) falls within the holiday '\(name)' (\(from) to \(to))")
        case let .missingYear(year):
            l.say("没有 \(year) 年的节假日安排；\(year) 年的工作日暂按星期一至星期五计算",
                  "no holiday calendar for \(year); working days in \(year) are counted as Monday to Friday only")
        }
    }

    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let chineseWeekdays = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
}
