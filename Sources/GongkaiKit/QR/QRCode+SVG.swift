extension QRCode {
    /// The symbol as a standalone SVG document, the same bytes for the same code.
    ///
    /// The `viewBox` counts modules, so the image scales to any size; `moduleSize` only sets the
    /// default `width` and `height` in pixels. A white rectangle covers the symbol and its
    /// `quietZone` (clause 6.3.8 asks for 4 modules); one path draws the dark modules, each row's
    /// runs merged into rectangles. With a `title`, the image is announced as `role="img"` with
    /// that name; without one, it is hidden from assistive technology.
    public func svg(moduleSize: Int = 4, quietZone: Int = 4, title: String? = nil) -> String {
        let side = size + 2 * quietZone
        let pixels = side * moduleSize
        var svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(pixels)" height="\#(pixels)" "#
            + #"viewBox="0 0 \#(side) \#(side)" shape-rendering="crispEdges""#
        if let title {
            svg += #" role="img"><title>\#(escaped(title))</title>"#
        } else {
            svg += #" aria-hidden="true">"#
        }
        svg += ##"<rect width="\##(side)" height="\##(side)" fill="#fff"/>"##
        svg += ##"<path fill="#000" d=""##
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size && isDark(x: x, y: y) { x += 1 }
                svg += "M\(start + quietZone) \(y + quietZone)h\(x - start)v1h-\(x - start)z"
            }
        }
        svg += "\"/></svg>"
        return svg
    }
}

/// Text content for XML: `&`, `<` and `>` escaped.
private func escaped(_ text: String) -> String {
    var out = ""
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        default: out.append(character)
        }
    }
    return out
}
