import Foundation
import Testing
@testable import GongkaiKit

/// qrencode, given the same bytes in 8-bit mode at the same level, picks the same version, and with
/// the mask it chose our symbol is module for module the same as its symbol. qrencode writes no ECI
/// header, so ours is left out here too.
@Test(arguments: [
    "a",
    "https://mzj.example.gov.cn/gongkai/items/dibao-xinzeng-2026-11.html",
    "关于2026年11月新增城乡最低生活保障对象的公示",
    String(repeating: "市民政局 mzj.example.gov.cn 第12期；", count: 6),
    String(repeating: "0123456789abcdef", count: 40),
])
func qrencodeAgrees(text: String) throws {
    guard QRTools.available([QRTools.qrencode], install: "qrencode") else { return }
    for level in QRErrorCorrection.allCases {
        let result = try QRTools.run(QRTools.qrencode, ["-8", "-l", level.rawValue, "-m", "0", "-t", "ASCII", "-o", "-", text])
        try #require(result.status == 0)
        // Two characters a module: "##" dark, "  " light.
        let rows = String(decoding: result.output, as: UTF8.self).split(separator: "\n").map { row in
            stride(from: 0, to: row.count, by: 2).map { row[row.index(row.startIndex, offsetBy: $0)] == "#" }
        }
        let ours = try QRCode(bytes: Array(text.utf8), level: level, eci: false)
        #expect(rows.count == ours.size, "\(level.rawValue): qrencode made \(rows.count) modules a side")

        let theirMask = (0..<8).first { mask in
            guard let forced = try? QRCode(bytes: Array(text.utf8), level: level, eci: false, mask: mask) else { return false }
            return rows == (0..<forced.size).map { y in (0..<forced.size).map { x in forced.isDark(x: x, y: y) } }
        }
        #expect(theirMask != nil, "\(level.rawValue): no mask makes our symbol equal to qrencode's")
    }
}
