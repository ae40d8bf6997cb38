/// What a handler answers to a request.
public enum HTTPReply: Sendable {
    /// A complete response.
    case response(HTTPResponse)
    /// A head without a length, then whatever `body` writes until it returns; the connection
    /// closes after it (Server-Sent Events).
    case stream(HTTPResponse, @Sendable (EventSink) -> Void)
}

/// Where a streaming reply writes.
public final class EventSink: @unchecked Sendable {
    private let connection: SocketConnection
    private let server: HTTPServer

    init(_ connection: SocketConnection, server: HTTPServer) {
        self.connection = connection
        self.server = server
    }

    /// Sends `text`; false once the client is gone or the server is stopping.
    public func send(_ text: String) -> Bool {
        !server.isStopping && connection.send(Array(text.utf8))
    }

    public var isStopping: Bool { server.isStopping }
}
