import Foundation

/// What the preview server shows, shared between the builder and the connections: the last good
/// build, and how the latest build went. Every finished build bumps `version` and wakes the
/// live-reload streams waiting for it.
public final class PreviewState: @unchecked Sendable {
    public struct Snapshot: Sendable {
        /// Bumped by every finished build, good or not.
        public var version = 0
        /// The last good build, named so pages can tell they are out of date.
        public var buildID: String?
        /// The last good build's edition folder.
        public var folder: StaticFileResolver?
        /// Whether the latest build succeeded.
        public var ok = false
        /// The latest build's errors and warnings.
        public var diagnostics: [Diagnostic] = []
        /// An I/O failure of the latest build, if that is why it failed.
        public var failure: String?
        public var asOf: LocalDate?
        public var language = "zh-CN"
    }

    private let condition = NSCondition()
    private var current = Snapshot()
    private var stopped = false

    public init() {}

    public func snapshot() -> Snapshot {
        condition.lock()
        defer { condition.unlock() }
        return current
    }

    func update(_ change: (inout Snapshot) -> Void) {
        condition.lock()
        change(&current)
        current.version += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until a build newer than `version` finishes, `timeout` seconds pass, or `stop()`.
    func wait(after version: Int, timeout: Double) -> Snapshot {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while current.version == version && !stopped {
            if !condition.wait(until: deadline) { break }
        }
        return current
    }

    /// Wakes every waiting stream for good.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
