import Foundation

/// A request's head as the preview server reads it: method, target, version and headers (names
/// lowercased). The server answers GET and HEAD only, so bodies are never kept.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    /// The request target as sent (`/items/a.html?x=1`), still percent-encoded.
    public var target: String
    /// `HTTP/1.0` or `HTTP/1.1`.
    public var version: String
    public var headers: [Header]

    public struct Header: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    /// The value of the first header called `name` (lowercase).
    public func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// Whether the client expects the connection to stay open after the response: by default in
    /// HTTP/1.1, only when asked for in HTTP/1.0.
    public var keepAlive: Bool {
        let tokens = (header("connection") ?? "").lowercased().split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return version == "HTTP/1.1" ? !tokens.contains("close") : tokens.contains("keep-alive")
    }
}
