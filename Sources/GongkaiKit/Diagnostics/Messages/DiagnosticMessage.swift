/// The catalogue of what gongkai can say about content: every diagnostic message, each with the
/// values it quotes, written in Chinese and English side by side in one place.
///
/// The messages are grouped by the stage that finds the problem; hints are in `DiagnosticHint`.
/// Wording rules, in both languages: say what was found and what to type instead; quote what the
/// editor typed verbatim between ASCII quotes (`'publised'`), since that is what they will look
/// for on the line; English is lowercase without a final full stop; Chinese is plain, for
/// readers who are not programmers, without a final 。.
enum DiagnosticMessage: Hashable, Sendable {
    /// The YAML of front matter, site.yaml and calendar files.
    case frontMatter(FrontMatterProblem)
    /// A field's value or key, as the field reader finds it.
    case field(FieldProblem)
    /// An item's fields, and the checks across items.
    case item(ItemProblem)
    /// content/site.yaml and the theme it names.
    case site(SiteProblem)
    /// content/calendar/.
    case calendar(CalendarProblem)
    /// Reading files, personal data, printing and the final leak scan.
    case output(OutputProblem)

    /// The words, with any control or bidirectional control character in what they quote
    /// written as `<U+001B>` rather than printed.
    func text(in language: Language) -> String {
        words(in: language).withInvisiblesNamed
    }

    private func words(in language: Language) -> String {
        switch self {
        case let .frontMatter(p): p.text(in: language)
        case let .field(p): p.text(in: language)
        case let .item(p): p.text(in: language)
        case let .site(p): p.text(in: language)
        case let .calendar(p): p.text(in: language)
        case let .output(p): p.text(in: language)
        }
    }
}
