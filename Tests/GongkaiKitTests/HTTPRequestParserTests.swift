import Testing
@testable import GongkaiKit

@Suite struct HTTPRequestParserTests {
    private func parse(_ text: String) -> HTTPRequestParser.Outcome { HTTPRequestParser.parse(Array(text.utf8)) }

    @Test func aCompleteHeadGivesTheRequestAndItsLength() {
        let text = "GET /items/a.html?x=1 HTTP/1.1\r\nHost: localhost\r\nIf-None-Match:  \"abc\" \r\n\r\nrest"
        guard case let .request(r, length) = parse(text) else { Issue.record("\(parse(text))"); return }
        #expect(r.method == "GET" && r.target == "/items/a.html?x=1" && r.version == "HTTP/1.1")
        #expect(r.header("if-none-match") == "\"abc\"")
        #expect(length == text.utf8.count - 4)
        #expect(r.keepAlive)
    }

    @Test func anIncompleteHeadAsksForMore() {
        #expect(parse("GET / HTTP/1.1\r\nHost: x\r\n") == .incomplete)
        #expect(parse("") == .incomplete)
    }

    @Test func keepAliveFollowsTheVersionAndConnectionHeader() {
        func keepAlive(_ text: String) -> Bool? {
            if case let .request(r, _) = parse(text) { return r.keepAlive }
            return nil
        }
        #expect(keepAlive("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") == false)
        #expect(keepAlive("GET / HTTP/1.0\r\n\r\n") == false)
        #expect(keepAlive("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") == true)
    }

    @Test func malformedHeadsAre400() {
        for text in ["HELLO\r\n\r\n", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", "get / HTTP/1.1\r\nHost: x\r\n\r\n",
                     "GET / HTTP/1.1\r\nHost : x\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n",
                     "GET / HTTP/1.1\r\nNo colon\r\n\r\n", "GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\u{1}\r\n\r\n",
                     "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
                     "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", "GET /\u{7F} HTTP/1.1\r\nHost: x\r\n\r\n"] {
            #expect(parse(text) == .failure(status: 400), "\(text.debugDescription)")
        }
    }

    @Test func otherVersionsAre505() {
        #expect(parse("GET / HTTP/2.0\r\nHost: x\r\n\r\n") == .failure(status: 505))
    }

    @Test func hugeHeadsAre431EvenBeforeTheyEnd() {
        let long = "GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "a", count: 20_000)
        #expect(parse(long) == .failure(status: 431))
        #expect(parse(long + "\r\n\r\n") == .failure(status: 431))
        let many = "GET / HTTP/1.1\r\nHost: x\r\n" + String(repeating: "X: y\r\n", count: 101) + "\r\n"
        #expect(parse(many) == .failure(status: 431))
    }

    @Test func blankLinesBeforeTheRequestLineAreSkipped() {
        guard case let .request(r, _) = parse("\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n") else { Issue.record(); return }
        #expect(r.target == "/")
    }
}
