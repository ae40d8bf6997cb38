import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One accepted TCP connection: reads with a deadline, writes everything or reports failure.
/// Owns its file descriptor and closes it in `close()`.
final class SocketConnection: @unchecked Sendable {
    let fd: Int32
    /// Bytes received and not yet consumed by a request.
    private(set) var buffer: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    enum ReadOutcome { case data, closed, timedOut }

    /// Waits until more bytes arrive (appended to `buffer`), the peer closes, or `deadline` passes.
    func readMore(deadline: Date) -> ReadOutcome {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return .timedOut }
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&p, 1, Int32(min(remaining * 1000, 1_000_000)) + 1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .closed
            }
            if ready == 0 { continue }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .closed
            }
            if n == 0 { return .closed }
            buffer.append(contentsOf: chunk[0..<n])
            return .data
        }
    }

    /// Drops the first `n` bytes of the buffer (a request that has been handled).
    func consume(_ n: Int) { buffer.removeFirst(min(n, buffer.count)) }

    /// Sends all of `bytes`; false when the peer is gone or stops reading for `timeout` seconds.
    @discardableResult
    func send(_ bytes: [UInt8], timeout: Double = 10) -> Bool {
        var offset = 0
        let deadline = Date().addingTimeInterval(timeout)
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Glibc.send(fd, raw.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
            }
            if n < 0 {
                if errno == EINTR { continue }
                guard errno == EAGAIN || errno == EWOULDBLOCK else { return false }
                let remaining = deadline.timeIntervalSinceNow
                guard remaining > 0 else { return false }
                var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                _ = poll(&p, 1, Int32(remaining * 1000) + 1)
                continue
            }
            offset += n
        }
        return true
    }

    /// Stops sending, then drops whatever still arrives, until the peer closes its side, is quiet
    /// for a tenth of a second, has sent 1 MB more, or `seconds` have passed.
    func lingeringClose(for seconds: Double) {
        shutdown(fd, Int32(SHUT_WR))
        let deadline = Date().addingTimeInterval(seconds)
        var dropped = 0
        while dropped < 1 << 20, readMore(deadline: min(deadline, Date().addingTimeInterval(0.1))) == .data {
            dropped += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Stops both directions, so a thread blocked on this connection wakes up.
    func shutdownBoth() { shutdown(fd, Int32(SHUT_RDWR)) }

    func close() { _ = Glibc.close(fd) }
}
