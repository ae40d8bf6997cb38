/// One finding of the electronic supervisor (电子监察): a red card for a disclosure that is late
/// or incomplete, a yellow card for one that soon will be or needs attention.
public struct Finding: Sendable, Hashable {
    public enum Card: String, Sendable, Hashable, CaseIterable {
        case red, yellow
    }

    /// One line saying what is wrong and by when it was or is due, written in both languages
    /// where the supervisor decides it (the internal dashboard speaks the site's language, the
    /// terminal the language chosen for it).
    public struct Message: Sendable, Hashable {
        public var zh: String
        public var en: String

        public init(zh: String, en: String) {
            self.zh = zh
            self.en = en
        }

        public func text(in language: Language) -> String { language.say(zh, en) }
    }

    public var card: Card
    /// Stable dotted code, e.g. `supervision.series-overdue`.
    public var code: String
    public var message: Message
    public var location: SourceLocation?

    public init(_ card: Card, _ code: String, _ message: Message, at location: SourceLocation?) {
        self.card = card
        self.code = code
        self.message = message
        self.location = location
    }

    public func message(in language: Language) -> String { message.text(in: language) }

    /// `path:line:col: red: [code] message`.
    public func description(in language: Language) -> String {
        (location.map { "\($0): " } ?? "") + "\(card.rawValue): [\(code)] \(message(in: language))"
    }
}
