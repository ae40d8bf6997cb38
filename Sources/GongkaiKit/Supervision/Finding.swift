/// One finding of the electronic supervisor (电子监察): a red card for a disclosure that is late
/// or incomplete, a yellow card for one that soon will be or needs attention.
public struct Finding: Sendable, Hashable {
    public enum Card: String, Sendable, Hashable, CaseIterable {
        case red, yellow
    }

    public var card: Card
    /// Stable dotted code, e.g. `supervision.series-overdue`.
    public var code: String
    /// One lowercase line saying what is wrong and by when it was or is due.
    public var message: String
    public var location: SourceLocation?

    public init(_ card: Card, _ code: String, _ message: String, at location: SourceLocation?) {
        self.card = card
        self.code = code
        self.message = message
        self.location = location
    }

    /// `path:line:col: red: [code] message`.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(card.rawValue): [\(code)] \(message)"
    }
}
