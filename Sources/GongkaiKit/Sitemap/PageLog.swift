import Foundation

/// Every HTML page a `PageWriter` wrote, so that the sitemap lists exactly the pages that exist.
/// Item pages are written in parallel, hence the lock.
final class PageLog: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []

    func add(_ path: String) { lock.withLock { paths.append(path) } }

    /// The paths, sorted.
    var all: [String] { lock.withLock { paths.sorted() } }
}
