import Foundation
import Testing
@testable import GongkaiKit

/// The socket server alone, in this process, with a short read timeout.
@Suite struct HTTPServerTests {
    /// Runs a server answering every GET with the target as text, for the duration of `body`.
    private func withServer(readTimeout: Double = 0.5, maxConnections: Int = 256,
                            _ body: (Int) throws -> Void) throws {
        var configuration = HTTPServer.Configuration(host: "127.0.0.1", port: 0)
        configuration.readTimeout = readTimeout
        configuration.maxConnections = maxConnections
        let server = HTTPServer(configuration) { request in
            .response(HTTPResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Array(request.target.utf8)))
        }
        try server.start()
        let done = DispatchSemaphore(value: 0)
        Thread { server.run(); done.signal() }.start()
        defer {
            server.stop()
            done.wait()
        }
        try body(server.port)
    }

    @Test func keepAliveServesSeveralRequestsOnOneConnection() throws {
        try withServer { port in
            let client = RawHTTPClient(port: port)
            for n in 0..<5 {
                let r = try client.request("/n/\(n)")
                #expect(r.status == 200 && r.text == "/n/\(n)")
                #expect(r.header("connection") == "keep-alive")
            }
        }
    }

    @Test func headSendsTheLengthButNoBody() throws {
        try withServer { port in
            let client = RawHTTPClient(port: port)
            try client.connect()
            try client.send("HEAD /abc HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            let raw = String(decoding: client.readToEnd(), as: UTF8.self)
            #expect(raw.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(raw.contains("Content-Length: 4\r\n"))
            #expect(raw.hasSuffix("\r\n\r\n"), "nothing after the head: \(raw.debugDescription)")
        }
    }

    @Test func aSlowClientGets408AndOthersAreServedMeanwhile() throws {
        try withServer(readTimeout: 0.5) { port in
            let slow = RawHTTPClient(port: port)
            try slow.connect()
            try slow.send("GET /slow HTTP/1.1\r\nHo")
            let started = Date()
            #expect(try RawHTTPClient(port: port).request("/fast").status == 200)
            let raw = String(decoding: slow.readToEnd(), as: UTF8.self)
            #expect(raw.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
            #expect(Date().timeIntervalSince(started) < 3)
            // A silent connection is simply closed.
            let silent = RawHTTPClient(port: port)
            try silent.connect()
            #expect(silent.readToEnd().isEmpty)
        }
    }

    @Test func malformedAndHugeRequestsAreAnsweredAndClosed() throws {
        try withServer { port in
            for (request, status) in [("BLAH\r\n\r\n", 400),
                                      ("GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "y", count: 100_000) + "\r\n\r\n", 431),
                                      ("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 501),
                                      ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n", 413)] {
                let client = RawHTTPClient(port: port)
                try client.connect()
                try? client.send(request)
                let raw = String(decoding: client.readToEnd(), as: UTF8.self)
                #expect(raw.hasPrefix("HTTP/1.1 \(status) "), "\(raw.prefix(80))")
                #expect(raw.contains("Connection: close"))
            }
            // A small body is read and skipped, and the connection goes on.
            let client = RawHTTPClient(port: port)
            try client.connect()
            try client.send("GET /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")
            #expect(try client.readResponse().text == "/a")
            #expect(try client.request("/b").text == "/b")
        }
    }

    @Test func manyConcurrentConnectionsAllGetAnswers() throws {
        try withServer { port in
            let failures = Counter()
            let group = DispatchGroup()
            // 64 connections open at the same time, each on its own thread.
            for n in 0..<64 {
                group.enter()
                Thread {
                    defer { group.leave() }
                    let client = RawHTTPClient(port: port)
                    for k in 0..<10 {
                        guard let r = try? client.request("/\(n)/\(k)"), r.status == 200, r.text == "/\(n)/\(k)" else {
                            failures.add()
                            return
                        }
                    }
                }.start()
            }
            group.wait()
            #expect(failures.value == 0)
        }
    }

    @Test func beyondTheConnectionLimitNewConnectionsGet503() throws {
        try withServer(readTimeout: 2, maxConnections: 2) { port in
            let held = [RawHTTPClient(port: port), RawHTTPClient(port: port)]
            for c in held { _ = try c.request("/hold") }
            let extra = RawHTTPClient(port: port)
            try extra.connect()
            #expect(String(decoding: extra.readToEnd(), as: UTF8.self).hasPrefix("HTTP/1.1 503 "))
        }
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.withLock { n += 1 } }
    var value: Int { lock.withLock { n } }
}
