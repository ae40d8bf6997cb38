import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// A headless Chromium driven through chromedriver's W3C WebDriver protocol (Debian's
/// `chromium-driver`; `scripts/setup --test` installs it), for tests that press keys the way a
/// reader does. Plain HTTP and JSON to a chromedriver on 127.0.0.1: no client library.
final class WebDriver {
    static let chromedriver = "/usr/bin/chromedriver"
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// Keys as WebDriver spells them.
    enum Key {
        static let tab = "\u{E004}"
        static let enter = "\u{E007}"
        static let down = "\u{E015}"
    }

    private let process: Process
    private let scratch: URL
    private let port: UInt16
    private var session = ""

    /// Starts chromedriver and a headless Chromium; nil (after recording an issue naming the
    /// packages) when either is missing.
    static func start() throws -> WebDriver? {
        guard let chromium = HeadlessChromium.required() else { return nil }
        guard FileManager.default.isExecutableFile(atPath: chromedriver) else {
            Issue.record("\(chromedriver) missing: install the Debian package chromium-driver (scripts/setup --test does)")
            return nil
        }
        return try WebDriver(chromium: chromium)
    }

    private init(chromium: String) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-webdriver-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let log = scratch.appendingPathComponent("chromedriver.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromedriver)
        process.arguments = ["--port=0"]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = FileHandle.nullDevice
        try process.run()
        // chromedriver picks a free port and says which.
        var found: UInt16?
        let deadline = Date().addingTimeInterval(20)
        while found == nil && Date() < deadline {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            found = text.firstMatch(of: #/started successfully on port (\d+)/#).flatMap { UInt16($0.1) }
            if found == nil { usleep(50_000) }
        }
        guard let found else {
            kill(process.processIdentifier, SIGKILL)
            throw WebDriverError(message: "chromedriver did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        }
        port = found
        let profile = scratch.appendingPathComponent("profile").path
        let capabilities: [String: Any] = ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": [
                "binary": chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--no-first-run", "--user-data-dir=\(profile)", "--window-size=1280,900"],
            ],
        ]]
        let created = try? send("POST", "/session", ["capabilities": capabilities])
        guard let id = (created as? [String: Any])?["sessionId"] as? String else {
            quit()
            throw WebDriverError(message: "no WebDriver session: \(String(describing: created))")
        }
        session = id
    }

    deinit { quit() }

    /// Ends the browser and chromedriver.
    func quit() {
        if !session.isEmpty { _ = try? send("DELETE", "/session/\(session)", nil) }
        session = ""
        if process.isRunning {
            // chromedriver ends on /shutdown (it ignores SIGTERM); SIGKILL if it does not.
            _ = try? HTTP.exchange(port: port, method: "GET", path: "/shutdown", body: Data())
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: scratch)
    }

    func open(_ url: String) throws { _ = try command("POST", "/url", ["url": url]) }
    func back() throws { _ = try command("POST", "/back", [:]) }
    func url() throws -> String { try command("GET", "/url", nil) as? String ?? "" }

    /// The element a CSS selector finds first.
    func element(_ css: String) throws -> String {
        let found = try command("POST", "/element", ["using": "css selector", "value": css])
        guard let id = (found as? [String: Any])?[Self.elementKey] as? String else {
            throw WebDriverError(message: "no element \(css)")
        }
        return id
    }

    /// Types into the element that has the focus, as a keyboard would.
    func type(_ keys: String) throws {
        let active = try command("GET", "/element/active", nil)
        guard let id = (active as? [String: Any])?[Self.elementKey] as? String else {
            throw WebDriverError(message: "nothing has the focus")
        }
        _ = try command("POST", "/element/\(id)/value", ["text": keys])
    }

    /// Runs a script in the page and returns its value.
    func run(_ script: String) throws -> Any? { try command("POST", "/execute/sync", ["script": script, "args": []]) }

    /// A script's value as a string ("" when it is not one).
    func string(_ script: String) throws -> String { try run(script) as? String ?? "" }

    /// Presses Tab until `script` (a boolean expression about `document.activeElement`) is true.
    /// Returns how many presses it took, nil when it never became true.
    func tab(until script: String, limit: Int = 40) throws -> Int? {
        for n in 0...limit {
            if try run("return Boolean(\(script));") as? Bool == true { return n }
            try type(Key.tab)
        }
        return nil
    }

    /// Waits until a boolean expression holds in the page.
    @discardableResult
    func wait(for script: String, seconds: Double = 10) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if try run("return Boolean(\(script));") as? Bool == true { return true }
            usleep(50_000)
        } while Date() < deadline
        return false
    }

    private func command(_ method: String, _ path: String, _ body: [String: Any]?) throws -> Any? {
        try send(method, "/session/\(session)" + path, body)
    }

    /// One request; returns the response's `value`.
    private func send(_ method: String, _ path: String, _ body: [String: Any]?) throws -> Any? {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        let reply = try HTTP.exchange(port: port, method: method, path: path, body: payload)
        let object = reply.isEmpty ? nil : try JSONSerialization.jsonObject(with: reply, options: [.fragmentsAllowed])
        let value = (object as? [String: Any])?["value"]
        if let failure = value as? [String: Any], let error = failure["error"] as? String {
            throw WebDriverError(message: "\(method) \(path): \(error): \(failure["message"] as? String ?? "")")
        }
        return value is NSNull ? nil : value
    }
}

/// Just enough HTTP/1.1 for chromedriver on 127.0.0.1: one request per connection. (Foundation's
/// URLSession on Linux fails on chromedriver's replies, whose headers have no space after the
/// colon, with "Failed writing header".)
enum HTTP {
    static func exchange(port: UInt16, method: String, path: String, body: Data) throws -> Data {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw WebDriverError(message: "socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw WebDriverError(message: "connect to port \(port): \(String(cString: strerror(errno)))") }
        var request = Data(("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
            + "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n\r\n").utf8)
        request.append(body)
        try request.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let n = Glibc.send(fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                guard n > 0 else { throw WebDriverError(message: "send: \(String(cString: strerror(errno)))") }
                sent += n
            }
        }
        // chromedriver keeps the connection open: read the headers, then Content-Length bytes.
        var response = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var expected: Int?
        var bodyStart = 0
        while expected.map({ response.count < bodyStart + $0 }) ?? true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n == 0 { break }
            guard n > 0 else { throw WebDriverError(message: "\(method) \(path): recv: \(String(cString: strerror(errno)))") }
            response.append(contentsOf: buffer[0..<n])
            if expected == nil, let split = response.range(of: Data("\r\n\r\n".utf8)) {
                bodyStart = split.upperBound - response.startIndex
                let head = String(decoding: response[..<split.lowerBound], as: UTF8.self).lowercased()
                expected = head.firstMatch(of: #/content-length:\s*(\d+)/#).flatMap { Int($0.1) } ?? 0
            }
        }
        guard expected != nil else { throw WebDriverError(message: "\(method) \(path): no HTTP response") }
        return response.dropFirst(bodyStart)
    }
}

struct WebDriverError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
