import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `gongkai serve`: builds one edition into a private folder, serves it over HTTP, watches
/// `content/` and `themes/`, rebuilds on every change and has open pages reload. A failed build
/// keeps the last good one served and shows its diagnostics over the page.
public final class PreviewServer: @unchecked Sendable {
    public let options: PreviewOptions
    public let state = PreviewState()
    private let workDirectory: URL
    private let ownsWorkDirectory: Bool
    private let builder: PreviewBuilder
    private let http: HTTPServer
    private let onBuild: @Sendable (PreviewBuild) -> Void
    private let stopped = NSCondition()
    private var stopping = false
    private var files: FileWatcher?
    /// inotify, when the system has it: then the server walks the site only when told of a change.
    private var signal: ChangeSignal?
    /// Set when `signal` reported a change not yet looked at; guarded by `stopped`.
    private var signalled = false
    /// How often a server told of changes by inotify still walks the site, for file systems that
    /// do not report every change (network shares).
    static let quietWalkInterval = 5.0

    /// `onBuild` is called after every build (the first included), on the builder's thread.
    public init(_ options: PreviewOptions, onBuild: @escaping @Sendable (PreviewBuild) -> Void) {
        self.options = options
        self.onBuild = onBuild
        ownsWorkDirectory = options.workDirectory == nil
        workDirectory = options.workDirectory ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-serve-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        builder = PreviewBuilder(options: options, workDirectory: workDirectory, state: state)
        let state = self.state
        let edition = options.edition
        http = HTTPServer(options.server) { request in
            PreviewRoutes(state: state, edition: edition).reply(to: request)
        }
    }

    /// Listens, then makes the first build (whose result `onBuild` reports). Returns the address
    /// to open. Throws when the address cannot be bound or the work folder cannot be made.
    @discardableResult
    public func start() throws -> String {
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        do {
            try http.start()
        } catch {
            removeWorkDirectory()
            throw error
        }
        // Look at the files before the first build, so a save during it is not missed.
        files = FileWatcher(root: options.root, folders: ["content", "themes"])
        signal = ChangeSignal(root: options.root.path, folders: ["content", "themes"])
        onBuild(builder.build(changed: []))
        return url
    }

    /// `http://host:port/`, with an IPv6 host in brackets.
    public var url: String {
        let host = options.server.host.contains(":") ? "[\(options.server.host)]" : options.server.host
        return "http://\(host):\(http.port)/"
    }

    /// Serves and watches until `stop()`; then removes the work folder.
    public func run() {
        stopped.lock()
        watching = true
        stopped.unlock()
        let watcher = Thread { [self] in
            watch()
            stopped.lock()
            watching = false
            stopped.broadcast()
            stopped.unlock()
        }
        watcher.start()
        if let signal {
            Thread { [self] in
                while !isStopping {
                    guard signal.wait(timeout: 0.5) else { continue }
                    stopped.lock()
                    signalled = true
                    stopped.broadcast()
                    stopped.unlock()
                }
            }.start()
        }
        http.run()
        stopped.lock()
        while watching { _ = stopped.wait(until: Date().addingTimeInterval(0.1)) }
        stopped.unlock()
        removeWorkDirectory()
    }

    /// Stops serving and watching; `run()` returns soon after. Safe from any thread.
    public func stop() {
        stopped.lock()
        stopping = true
        stopped.broadcast()
        stopped.unlock()
        state.stop()
        http.stop()
    }

    /// True while the watching thread runs; guarded by `stopped`.
    private var watching = false

    private var isStopping: Bool {
        stopped.lock()
        defer { stopped.unlock() }
        return stopping
    }

    /// When inotify reports a change (and every `quietWalkInterval` besides), or without inotify
    /// every `pollInterval`, looks for changes (and, without a fixed as-of date, for a new day)
    /// and rebuilds; returns when stopped.
    private func watch() {
        guard let files else { return }
        let interval = signal == nil ? options.pollInterval : Self.quietWalkInterval
        while true {
            stopped.lock()
            if !stopping && !signalled { _ = stopped.wait(until: Date().addingTimeInterval(interval)) }
            signalled = false
            let done = stopping
            stopped.unlock()
            if done { break }
            var changed = files.changes()
            let dayChanged = options.asOf == nil && (try? builder.currentAsOf().get()).map { $0 != builder.lastAsOf } == true
            guard !changed.isEmpty || dayChanged else { continue }
            // An editor may save in several steps (write, rename); let them finish.
            usleep(60_000)
            changed += files.changes()
            onBuild(builder.build(changed: Array(Set(changed)).sorted()))
        }
    }

    private func removeWorkDirectory() {
        if ownsWorkDirectory { try? FileManager.default.removeItem(at: workDirectory) }
    }
}
