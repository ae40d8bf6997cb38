import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `gongkai serve` running on a test site, on a free port chosen by the system (`--port 0`).
/// The process is killed when this object goes away, so no server outlives its test.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private(set) var port = 0
    private let lock = NSLock()
    private var out = Data(), err = Data()
    private var outClosed = false, errClosed = false

    init(root: URL, arguments: [String] = [], timeout: Double = 30) throws {
        process.executableURL = gongkaiBinary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        process.environment = env
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        outPipe.fileHandleForReading.readabilityHandler = { [weak self] h in
            let d = h.availableData
            self?.lock.withLock {
                if d.isEmpty { self?.outClosed = true; h.readabilityHandler = nil } else { self?.out.append(d) }
            }
        }
        errPipe.fileHandleForReading.readabilityHandler = { [weak self] h in
            let d = h.availableData
            self?.lock.withLock {
                if d.isEmpty { self?.errClosed = true; h.readabilityHandler = nil } else { self?.err.append(d) }
            }
        }
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let range = stdout.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                port = Int(stdout[range].split(separator: ":").last!.dropLast())!
                return
            }
            if !process.isRunning { break }
            usleep(20_000)
        }
        stop()
        throw RawHTTPClient.Failure(description: "gongkai serve did not start: \(stderr)")
    }

    var stdout: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
    var stderr: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

    /// Sends SIGINT (Ctrl-C) and waits up to `timeout` seconds; the exit status, or nil if it
    /// had to be killed.
    func interrupt(timeout: Double = 10) -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { stop(); return nil }
        // The process has exited; wait until both pipes are read to their end, so what it
        // printed last is in `stdout` and `stderr`.
        while Date() < deadline && !lock.withLock({ outClosed && errClosed }) { usleep(10_000) }
        return process.terminationReason == .exit ? process.terminationStatus : nil
    }

    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    deinit { stop() }
}
