import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The preview server's answers: the live-reload script, status and event stream under
/// `/__gongkai/`, and otherwise files of the last good build, with HTML pages given the
/// live-reload tag.
struct PreviewRoutes: Sendable {
    let state: PreviewState
    let edition: Edition

    /// Seconds between two keep-alive comments on an idle event stream.
    static let heartbeat = 15.0

    func reply(to request: HTTPRequest) -> HTTPReply {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .response(.plain(405, headers: [("Allow", "GET, HEAD")]))
        }
        let path = request.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        switch path {
        case LiveReload.scriptPath:
            return .response(HTTPResponse(status: 200, headers: [("Content-Type", "application/javascript; charset=utf-8"),
                                                                  ("Cache-Control", "no-cache")],
                                          body: Array(LiveReload.script.utf8)))
        case LiveReload.statusPath:
            return .response(HTTPResponse(status: 200, headers: [("Content-Type", "application/json"),
                                                                  ("Cache-Control", "no-store")],
                                          body: Array(PreviewStatus.json(state.snapshot(), edition: edition).utf8)))
        case LiveReload.eventsPath:
            return events()
        default:
            return file(request)
        }
    }

    private func events() -> HTTPReply {
        let head = HTTPResponse(status: 200, headers: [("Content-Type", "text/event-stream; charset=utf-8"),
                                                       ("Cache-Control", "no-store")])
        return .stream(head) { [state] sink in
            var seen = state.snapshot()
            guard sink.send("retry: 1000\n\n" + PreviewStatus.event(seen)) else { return }
            while !sink.isStopping {
                let next = state.wait(after: seen.version, timeout: Self.heartbeat)
                if next.version != seen.version {
                    seen = next
                    guard sink.send(PreviewStatus.event(seen)) else { return }
                } else {
                    guard sink.send(": ping\n\n") else { return }
                }
            }
        }
    }

    private func file(_ request: HTTPRequest) -> HTTPReply {
        let s = state.snapshot()
        guard let folder = s.folder, let build = s.buildID else {
            return .response(page(503, PreviewPages.notBuiltYet(language: s.language), build: ""))
        }
        switch folder.resolve(request.target) {
        case let .file(path):
            return .response(serve(path, request, build: build))
        case let .redirect(location):
            let query = request.target.firstIndex(of: "?").map { String(request.target[$0...]) } ?? ""
            return .response(.plain(301, headers: [("Location", location + query)]))
        case .forbidden:
            return .response(.plain(403))
        case .badRequest:
            return .response(.plain(400))
        case .notFound:
            if case let .file(custom) = folder.resolve("/404.html"),
               let bytes = FileManager.default.contents(atPath: custom) {
                return .response(page(404, Array(bytes), build: build))
            }
            return .response(page(404, PreviewPages.notFound(language: s.language), build: build))
        }
    }

    private func page(_ status: Int, _ html: [UInt8], build: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                     body: LiveReload.inject(html, buildID: build))
    }

    private func serve(_ path: String, _ request: HTTPRequest, build: String) -> HTTPResponse {
        var st = stat()
        guard stat(path, &st) == 0, let data = FileManager.default.contents(atPath: path) else { return .plain(404) }
        var body = Array(data)
        let type = ContentTypes.type(forPath: path, start: body.prefix(1024))
        if type.hasPrefix("text/html") { body = LiveReload.inject(body, buildID: build) }
        var fingerprint = Fingerprint()
        fingerprint.add(body)
        let etag = "\"\(fingerprint)\""
        let modified = Int64(st.st_mtim.tv_sec)
        var headers: [(name: String, value: String)] = [
            ("Content-Type", type), ("ETag", etag), ("Last-Modified", HTTPDate.format(secondsSince1970: modified)),
            ("Cache-Control", "no-cache"), ("X-Content-Type-Options", "nosniff"),
        ]
        if let match = request.header("if-none-match") {
            if Self.matches(match, etag) { return HTTPResponse(status: 304, headers: headers) }
        } else if let since = request.header("if-modified-since").flatMap(HTTPDate.parse), modified <= since {
            return HTTPResponse(status: 304, headers: headers)
        }
        if type.hasPrefix("text/html") { headers.append(("Referrer-Policy", "no-referrer")) }
        return HTTPResponse(status: 200, headers: headers, body: body)
    }

    /// `If-None-Match`: `*`, or a list of tags compared weakly (a `W/` prefix is ignored).
    static func matches(_ header: String, _ etag: String) -> Bool {
        header.split(separator: ",").contains { tag in
            var t = tag.trimmingCharacters(in: .whitespaces)
            if t == "*" { return true }
            if t.hasPrefix("W/") { t.removeFirst(2) }
            return t == etag
        }
    }
}
