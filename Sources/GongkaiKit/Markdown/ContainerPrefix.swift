/// A container a paragraph sits in, as far as its lines' prefixes are concerned: a block quote
/// (`>` and an optional space) or a list item (a fixed indentation, on its first line the marker).
enum ContainerPrefix {
    case blockQuote(startLine: Int)
    /// `width`: cmark's `marker_offset + padding`, the columns the item takes from every line.
    case item(startLine: Int, width: Int)
}
