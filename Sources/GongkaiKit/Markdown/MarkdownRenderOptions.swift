/// How `MarkdownHTMLRenderer` writes HTML.
public struct MarkdownRenderOptions: Sendable, Equatable {
    /// Output raw HTML blocks and inlines and links to `javascript:` and similar URLs as written.
    ///
    /// **A test-only capability.** Sites cannot turn it on: no setting maps to it, and it can only
    /// be set from inside GongkaiKit (or its tests, to run the CommonMark suite). Every page is
    /// rendered in safe mode, where raw HTML becomes `<!-- raw HTML omitted -->` and dangerous
    /// link and image URLs become empty, exactly as cmark's default.
    public internal(set) var allowRawHTML = false

    /// Give headings an `id` (the document's anchor for it), for links and the table of contents.
    public var headingAnchors = true

    /// How table cell alignment is written.
    public var tableAlignment = TableAlignment.style

    /// How a table cell's alignment appears in HTML.
    public enum TableAlignment: Sendable, Equatable {
        /// `style="text-align: right"`: valid HTML5 (the default).
        case style
        /// `align="right"`: what the GFM spec's examples show; obsolete in HTML5.
        case attribute
    }

    public init(headingAnchors: Bool = true, tableAlignment: TableAlignment = .style) {
        self.headingAnchors = headingAnchors
        self.tableAlignment = tableAlignment
    }

    init(allowRawHTML: Bool, headingAnchors: Bool = true, tableAlignment: TableAlignment = .style) {
        self.allowRawHTML = allowRawHTML
        self.headingAnchors = headingAnchors
        self.tableAlignment = tableAlignment
    }
}
