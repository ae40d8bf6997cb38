/// A procedure (the `steps` of a power or a guide) drawn as an inline SVG flowchart: a start
/// terminator, one box per step from top to bottom (its number, name, 承办岗位 and 时限, wrapped
/// to the box), an arrow between each two, and an end terminator.
///
/// The image is `role="img"`, named by its `<title>` and described by its `<desc>` (the steps in
/// order); the theme puts the steps table, the full text alternative, right after it. Geometry is
/// in whole pixels at a 16 px font, so the same steps always give the same bytes; the SVG scales
/// with the width the stylesheet gives it.
struct Flowchart: Sendable {
    /// The words the chart needs, from the theme's UI strings.
    struct Labels: Sendable {
        /// The accessible name, e.g. 社会团体成立登记办理流程图.
        var title: String
        /// The accessible description.
        var description: String
        var start: String
        var end: String
        /// Put before a step's role and limit (承办岗位：, 时限：).
        var role: String
        var limit: String
    }

    let steps: [ProcedureStep]
    let labels: Labels
    /// Prefix of the ids of `<title>` and `<desc>`; unique within the page.
    var id = "flowchart"

    /// One line of text in a box.
    struct Line: Equatable, Sendable {
        enum Style: Sendable { case name, detail }
        var text: String
        var style: Style
        /// Baseline.
        var y: Int
    }

    /// A step's box.
    struct Box: Equatable, Sendable {
        var number: Int
        var y: Int
        var height: Int
        var lines: [Line]
    }

    /// An arrow down the middle, from `from` to its tip at `to`.
    struct Arrow: Equatable, Sendable {
        var from: Int
        var to: Int
    }

    /// Where everything goes: the start terminator at `startY`, the boxes and the arrows between
    /// them, the end terminator at `endY`.
    struct Layout: Equatable, Sendable {
        var height: Int
        var startY: Int
        var endY: Int
        var boxes: [Box]
        var arrows: [Arrow]
    }

    // Geometry, in px at a 16 px font.
    static let width = 336
    static let fontSize = 16
    static let lineHeight = 24
    static let boxX = 18
    static let boxWidth = 300
    static let padding = 10
    /// From the top of a line to its baseline: centres Chinese glyphs in the line.
    static let baseline = 18
    /// The column on the left of a box that holds the step's number.
    static let numberColumn = 44
    static let textX = boxX + numberColumn
    static let textWidth = boxX + boxWidth - 12 - textX
    static let terminalWidth = 128
    static let terminalHeight = 40
    static let arrowLength = 28
    static let margin = 2
    static var centre: Int { width / 2 }

    /// Colours of the default theme; a stylesheet can override them through the classes.
    static let white = "#fff", brand = "#12406e", ink = "#1d2129", inkSoft = "#4e5562", wash = "#eaeef3"

    func layout() -> Layout {
        let wrapper = TextWrapper(width: Double(Self.textWidth) / Double(Self.fontSize))
        var y = Self.margin
        let startY = y
        y += Self.terminalHeight
        var boxes: [Box] = []
        var arrows: [Arrow] = []
        for (n, step) in steps.enumerated() {
            arrows.append(Arrow(from: y, to: y + Self.arrowLength))
            y += Self.arrowLength
            var texts: [(String, Line.Style)] = wrapper.lines(step.name).map { ($0, .name) }
            if let role = step.role, !role.isEmpty {
                texts += wrapper.lines(labels.role + role).map { ($0, .detail) }
            }
            if let limit = step.limit, !limit.isEmpty {
                texts += wrapper.lines(labels.limit + limit).map { ($0, .detail) }
            }
            if texts.isEmpty { texts = [("", .name)] }
            let lines = texts.enumerated().map { i, t in
                Line(text: t.0, style: t.1, y: y + Self.padding + i * Self.lineHeight + Self.baseline)
            }
            let height = 2 * Self.padding + lines.count * Self.lineHeight
            boxes.append(Box(number: n + 1, y: y, height: height, lines: lines))
            y += height
        }
        arrows.append(Arrow(from: y, to: y + Self.arrowLength))
        y += Self.arrowLength
        let endY = y
        y += Self.terminalHeight + Self.margin
        return Layout(height: y, startY: startY, endY: endY, boxes: boxes, arrows: arrows)
    }

    /// The chart as an `<svg>` element to put inline in a page.
    func svg() -> String {
        let l = layout()
        var out = #"<svg xmlns="http://www.w3.org/2000/svg" class="flowchart-svg" width="\#(Self.width)" "#
            + #"height="\#(l.height)" viewBox="0 0 \#(Self.width) \#(l.height)" role="img" "#
            + #"aria-labelledby="\#(id)-title" aria-describedby="\#(id)-desc" font-size="\#(Self.fontSize)">"#
        out += #"<title id="\#(id)-title">\#(Self.escape(labels.title))</title>"#
        out += #"<desc id="\#(id)-desc">\#(Self.escape(labels.description))</desc>"#
        out += terminal(labels.start, y: l.startY)
        for (i, box) in l.boxes.enumerated() {
            out += arrow(l.arrows[i])
            out += #"<g class="fc-step">"#
            out += #"<rect x="\#(Self.boxX)" y="\#(box.y)" width="\#(Self.boxWidth)" height="\#(box.height)" "#
                + #"rx="6" fill="\#(Self.white)" stroke="\#(Self.brand)" stroke-width="2"/>"#
            let cy = box.y + Self.padding + Self.lineHeight / 2
            out += #"<circle cx="\#(Self.boxX + Self.numberColumn / 2)" cy="\#(cy)" r="13" fill="\#(Self.brand)"/>"#
            out += #"<text x="\#(Self.boxX + Self.numberColumn / 2)" y="\#(cy + 5)" text-anchor="middle" "#
                + #"font-size="14" font-weight="bold" fill="\#(Self.white)">\#(box.number)</text>"#
            for line in box.lines {
                let style = line.style == .name
                    ? #"class="fc-name" font-weight="bold" fill="\#(Self.ink)""#
                    : #"class="fc-detail" fill="\#(Self.inkSoft)""#
                out += #"<text x="\#(Self.textX)" y="\#(line.y)" \#(style)>\#(Self.escape(line.text))</text>"#
            }
            out += "</g>"
        }
        out += arrow(l.arrows[l.arrows.count - 1])
        out += terminal(labels.end, y: l.endY)
        return out + "</svg>"
    }

    private func terminal(_ text: String, y: Int) -> String {
        let x = Self.centre - Self.terminalWidth / 2
        return #"<g class="fc-terminal"><rect x="\#(x)" y="\#(y)" width="\#(Self.terminalWidth)" "#
            + #"height="\#(Self.terminalHeight)" rx="\#(Self.terminalHeight / 2)" fill="\#(Self.wash)" "#
            + #"stroke="\#(Self.brand)" stroke-width="2"/>"#
            + #"<text x="\#(Self.centre)" y="\#(y + 26)" text-anchor="middle" fill="\#(Self.ink)">"#
            + Self.escape(text) + "</text></g>"
    }

    private func arrow(_ a: Arrow) -> String {
        #"<path class="fc-arrow" d="M\#(Self.centre) \#(a.from)V\#(a.to)m-6 -8l6 8l6 -8" fill="none" "#
            + #"stroke="\#(Self.brand)" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>"#
    }

    /// Text for XML content and attribute values (`&`, `<`, `>` and `"` escaped, as templates
    /// escape HTML).
    static func escape(_ text: String) -> String {
        var out = ""
        TemplateValue.appendEscaped(text, to: &out)
        return out
    }
}
