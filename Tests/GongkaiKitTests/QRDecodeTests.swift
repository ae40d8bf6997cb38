import Foundation
import Testing
@testable import GongkaiKit

/// Texts from 1 to about 1,000 bytes: links, Chinese, both mixed, with each at two levels so that
/// all four levels and versions from 1 to past 30 are read back; lone characters that decoders
/// would take for Shift JIS without the ECI header; and two version 40 symbols filled to the brim.
private let payloads: [(text: String, level: QRErrorCorrection)] = {
    let lengths = [1, 2, 3, 5, 8, 11, 14, 17, 20, 26, 32, 40, 50, 64, 78, 90, 100, 120, 135, 154,
                   180, 200, 230, 260, 300, 350, 400, 460, 520, 600, 700, 800, 900, 1000]
    let levels = QRErrorCorrection.allCases
    return lengths.enumerated().flatMap { index, length in
        let text = sample(kind: index % 3, bytes: length)
        return [(text, levels[index % 4]), (text, levels[(index + 1) % 4])]
    } + [("关", .m), ("é", .l), ("市", .h), ("🏮 <a href=\"x\">&amp;</a> 'é'", .q), ("\u{0}\t\r\n", .l),
         (String(repeating: "https://a.b/市?", count: 145), .m), (sample(kind: 0, bytes: 2953), .l)]
}()

/// About `bytes` bytes of UTF-8 (a character more rather than cut in half).
private func sample(kind: Int, bytes: Int) -> String {
    let link = "https://mzj.example.gov.cn/gongkai/items/dibao-xinzeng-2026-11.html?page=2&q=%E4%BD%8E#x"
    let chinese = "关于2026年11月新增城乡最低生活保障对象的公示。根据《社会救助暂行办法》，经审核审批，现予公示，公示期七天。"
    let mixed = "市民政局 mzj.example.gov.cn 第12期：低保新增 Dibao (new), 咨询电话 0591-12345678；"
    let source = [link, chinese, mixed][kind]
    var text = ""
    while text.utf8.count < bytes {
        text.append(source[source.index(source.startIndex, offsetBy: text.count % source.count)])
    }
    return text
}

/// Each symbol, drawn as SVG, rasterised by rsvg-convert and read by zbarimg, gives the text back.
@Test func zbarimgReadsOurCodes() throws {
    guard QRTools.available([QRTools.zbarimg, QRTools.rsvgConvert], install: "zbar-tools and librsvg2-bin") else {
        return
    }
    let folder = try QRScratchFolder()
    var versions: Set<Int> = [], levels: Set<QRErrorCorrection> = []
    for (index, payload) in payloads.enumerated() {
        let code = try QRCode(payload.text, level: payload.level)
        versions.insert(code.version)
        levels.insert(code.level)
        let svg = folder.url.appendingPathComponent("\(index).svg")
        let png = folder.url.appendingPathComponent("\(index).png")
        try code.svg(title: "code \(index)").write(to: svg, atomically: true, encoding: .utf8)

        let raster = try QRTools.run(QRTools.rsvgConvert, ["-w", "600", "-b", "white", "-o", png.path, svg.path])
        try #require(raster.status == 0, "rsvg-convert failed on payload \(index)")
        let read = try QRTools.run(QRTools.zbarimg, ["-q", "--raw", "-Sdisable", "-Sqrcode.enable", png.path])
        var decoded = String(decoding: read.output, as: UTF8.self)
        if decoded.hasSuffix("\n") { decoded.removeLast() }
        #expect(read.status == 0 && decoded == payload.text,
                "payload \(index): \(payload.text.utf8.count) bytes at \(code.version)-\(code.level.rawValue)")
    }
    #expect(payloads.count >= 50)
    #expect(levels == Set(QRErrorCorrection.allCases))
    #expect(versions.contains { $0 >= 7 } && versions.contains { $0 > 25 } && versions.contains(40))
}
