import Testing
@testable import GongkaiKit

@Test func svgOfASmallCode() throws {
    let svg = try QRCode("ab", level: .m).svg(title: "link to \"this\" <notice> & more")
    #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" width="116" height="116" viewBox="0 0 29 29" "#
        + #"shape-rendering="crispEdges" role="img"><title>link to "this" &lt;notice&gt; &amp; more</title>"#
        + ##"<rect width="29" height="29" fill="#fff"/><path fill="#000" d="M4 4h7v1h-7z"##))
    #expect(svg.hasSuffix(#"z"/></svg>"#))
    #expect(svg.components(separatedBy: "<path").count == 2)
}

@Test func svgWithoutTitleIsHiddenFromAssistiveTechnology() throws {
    let svg = try QRCode("ab").svg(moduleSize: 2, quietZone: 2)
    #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50" viewBox="0 0 25 25" "#
        + ##"shape-rendering="crispEdges" aria-hidden="true"><rect width="25" height="25" fill="#fff"/>"##))
    #expect(!svg.contains("<title>"))
}

@Test func svgIsTheSameBytesEveryTime() throws {
    let text = "https://mzj.example.gov.cn/gongkai/items/dibao-xinzeng-2026-11.html"
    #expect(try QRCode(text).svg(title: "t") == QRCode(text).svg(title: "t"))
}

/// Every dark module is covered by exactly one rectangle of the path, and no light one.
@Test func svgPathDrawsExactlyTheDarkModules() throws {
    let code = try QRCode("民政局 https://mzj.example.gov.cn/", level: .h)
    let svg = code.svg(quietZone: 4)
    let d = try #require(svg.split(separator: "d=\"").last?.split(separator: "\"").first)
    var drawn = Set<[Int]>()
    for rect in d.split(separator: "z") {
        // M{x} {y}h{w}v1h-{w}
        let numbers = rect.split(whereSeparator: { "Mhv -".contains($0) }).compactMap { Int($0) }
        let (x, y, width) = (numbers[0] - 4, numbers[1] - 4, numbers[2])
        for i in x..<(x + width) { #expect(drawn.insert([i, y]).inserted) }
    }
    for y in 0..<code.size {
        for x in 0..<code.size { #expect(drawn.contains([x, y]) == code.isDark(x: x, y: y)) }
    }
}
