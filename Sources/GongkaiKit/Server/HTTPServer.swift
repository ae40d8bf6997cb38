import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why the server could not start.
public struct ServerError: Error, CustomStringConvertible {
    public let description: String
}

/// A small HTTP/1.1 server on POSIX sockets: one thread per connection (at most
/// `maxConnections`; beyond that new connections get 503), keep-alive, GET and HEAD only, a
/// deadline on reading each request head (slow or silent clients get 408 and are closed), a
/// limit on its size (431). Nothing here knows about sites; `handler` decides every answer.
public final class HTTPServer: @unchecked Sendable {
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        /// Seconds a client has to send a complete request head, and that an idle kept-alive
        /// connection stays open.
        public var readTimeout: Double = 10
        public var maxConnections = 256

        public init(host: String = "127.0.0.1", port: Int = 8000) {
            self.host = host
            self.port = port
        }
    }

    public let configuration: Configuration
    private let handler: @Sendable (HTTPRequest) -> HTTPReply
    private let lock = NSLock()
    private var listenFD: Int32 = -1
    private var wakePipe: [Int32] = [-1, -1]
    private var open: [Int32: SocketConnection] = [:]
    private var stopping = false
    /// The port bound, known after `start()` (useful with port 0).
    public private(set) var port = 0

    public init(_ configuration: Configuration, handler: @escaping @Sendable (HTTPRequest) -> HTTPReply) {
        self.configuration = configuration
        self.handler = handler
    }

    public var isStopping: Bool { lock.withLock { stopping } }

    /// Binds and listens. Throws when the address is unknown or the port is taken.
    public func start() throws {
        signal(SIGPIPE, SIG_IGN)
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let rc = getaddrinfo(configuration.host, String(configuration.port), &hints, &list)
        guard rc == 0, let first = list else {
            throw ServerError(description: "cannot listen on \(configuration.host): \(String(cString: gai_strerror(rc)))")
        }
        defer { freeaddrinfo(list) }
        var lastError = "no address"
        var info: UnsafeMutablePointer<addrinfo>? = first
        while let a = info {
            info = a.pointee.ai_next
            let fd = socket(a.pointee.ai_family, a.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), a.pointee.ai_protocol)
            guard fd >= 0 else { lastError = String(cString: strerror(errno)); continue }
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            if bind(fd, a.pointee.ai_addr, a.pointee.ai_addrlen) != 0 || listen(fd, 128) != 0 {
                lastError = String(cString: strerror(errno))
                if errno == EADDRINUSE {
                    lastError += "; is another gongkai serve running? choose another port with --port"
                }
                Glibc.close(fd)
                continue
            }
            listenFD = fd
            break
        }
        guard listenFD >= 0 else {
            throw ServerError(description: "cannot listen on \(configuration.host) port \(configuration.port): \(lastError)")
        }
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(listenFD, $0, &length) }
        }
        port = Int(withUnsafePointer(to: &address) { p -> UInt16 in
            if Int32(p.pointee.ss_family) == AF_INET6 {
                return p.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_port }
            }
            return p.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_port }
        }.bigEndian)
        guard pipe(&wakePipe) == 0 else {
            throw ServerError(description: "cannot create a pipe: \(String(cString: strerror(errno)))")
        }
    }

    /// Accepts connections until `stop()`; then closes the listening socket and waits (briefly)
    /// for open connections to finish.
    public func run() {
        var fds = [pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wakePipe[0], events: Int16(POLLIN), revents: 0)]
        while !isStopping {
            fds[0].revents = 0
            fds[1].revents = 0
            let ready = poll(&fds, 2, 1000)
            if ready <= 0 || fds[1].revents != 0 { continue }
            let fd = accept(listenFD, nil, nil)
            guard fd >= 0 else { continue }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            var one: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            let connection = SocketConnection(fd: fd)
            let admitted = lock.withLock { () -> Bool in
                guard !stopping, open.count < configuration.maxConnections else { return false }
                open[fd] = connection
                return true
            }
            guard admitted else {
                connection.send(HTTPResponse.plain(503).head(length: 0, keepAlive: false), timeout: 1)
                connection.close()
                continue
            }
            let thread = Thread { [self] in
                serve(connection)
                lock.withLock { _ = open.removeValue(forKey: connection.fd) }
                connection.close()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        Glibc.close(listenFD)
        let deadline = Date().addingTimeInterval(2)
        while lock.withLock({ !open.isEmpty }), Date() < deadline { usleep(10_000) }
        Glibc.close(wakePipe[0])
        Glibc.close(wakePipe[1])
    }

    /// Stops accepting, wakes every connection's thread. Safe from any thread, more than once.
    public func stop() {
        let connections = lock.withLock { () -> [SocketConnection] in
            stopping = true
            return Array(open.values)
        }
        var byte: UInt8 = 1
        _ = write(wakePipe[1], &byte, 1)
        for c in connections { c.shutdownBoth() }
    }

    private func serve(_ connection: SocketConnection) {
        while !isStopping {
            let deadline = Date().addingTimeInterval(configuration.readTimeout)
            var parsed: (HTTPRequest, Int)?
            while parsed == nil {
                switch HTTPRequestParser.parse(connection.buffer) {
                case .incomplete:
                    switch connection.readMore(deadline: deadline) {
                    case .data: continue
                    case .closed: return
                    case .timedOut:
                        if !connection.buffer.isEmpty { refuse(408, connection) }
                        return
                    }
                case let .failure(status):
                    refuse(status, connection)
                    return
                case let .request(request, length):
                    parsed = (request, length)
                }
            }
            let (request, headLength) = parsed!
            connection.consume(headLength)
            if request.header("transfer-encoding") != nil {
                refuse(501, connection)
                return
            }
            let bodyLength = Int(request.header("content-length") ?? "0") ?? 0
            if bodyLength > 0 {
                guard bodyLength <= 64 * 1024 else { refuse(413, connection); return }
                while connection.buffer.count < bodyLength {
                    guard connection.readMore(deadline: deadline) == .data else { return }
                }
                connection.consume(bodyLength)
            }
            let keepAlive = request.keepAlive && !isStopping
            switch handler(request) {
            case let .response(response):
                let bodyless = response.status == 304 || response.status == 204
                var bytes = response.head(length: bodyless ? nil : response.body.count, keepAlive: keepAlive)
                if request.method != "HEAD" && !bodyless { bytes += response.body }
                guard connection.send(bytes), keepAlive else { return }
            case let .stream(head, body):
                guard connection.send(head.head(length: nil, keepAlive: false)), request.method != "HEAD" else { return }
                body(EventSink(connection, server: self))
                return
            }
        }
    }

    /// Answers `status` and closes gracefully: stop sending, then read and drop what the client
    /// is still sending for a moment, so the close does not reset the connection before the
    /// client has read the answer.
    private func refuse(_ status: Int, _ connection: SocketConnection) {
        let response = HTTPResponse.plain(status)
        guard connection.send(response.head(length: response.body.count, keepAlive: false) + response.body, timeout: 2) else {
            return
        }
        connection.lingeringClose(for: 1)
    }
}
