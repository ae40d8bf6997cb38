import Foundation
import Testing

/// The independent tools the QR tests check against (Debian's `zbar-tools`, `librsvg2-bin` and
/// `qrencode`).
enum QRTools {
    static let zbarimg = "/usr/bin/zbarimg"
    static let rsvgConvert = "/usr/bin/rsvg-convert"
    static let qrencode = "/usr/bin/qrencode"

    /// Whether every tool is installed; if not, records an issue saying what to install, which
    /// fails the test (in CI as anywhere: `make test` installs them).
    static func available(_ tools: [String], install packages: String) -> Bool {
        let missing = tools.filter { !FileManager.default.isExecutableFile(atPath: $0) }
        if missing.isEmpty { return true }
        Issue.record("\(missing.joined(separator: ", ")) missing: install \(packages)")
        return false
    }

    /// Runs `tool` and returns its exit status and standard output; standard error is discarded.
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}

/// A fresh folder under the system's temporary folder, removed when the value is released.
final class QRScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-qr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
