/// A name looked up in the context stack: `title`, dotted `item.category.name`, or `.` (the top of
/// the stack, the implicit iterator).
struct TemplateName: Sendable {
    /// The dotted parts; empty for `.`.
    let parts: [String]

    /// Fails for names with an empty part, such as `a..b` or `.a`.
    init?(_ text: String) {
        if text == "." {
            parts = []
            return
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.contains(where: \.isEmpty) else { return nil }
        self.parts = parts.map(String.init)
    }
}
