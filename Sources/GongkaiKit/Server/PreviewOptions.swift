import Foundation

/// What `gongkai serve` was asked to do.
public struct PreviewOptions: Sendable {
    /// The site's folder (holding `content/` and `themes/`).
    public var root: URL
    public var edition: Edition = .public
    /// Also show unapproved and scheduled items, bannered (`--drafts`).
    public var drafts = false
    /// A fixed as-of date (`--as-of`); nil to use `SOURCE_DATE_EPOCH` or today in the site's
    /// time zone, resolved again at every build so a preview left running crosses midnight.
    public var asOf: LocalDate?
    public var environment: [String: String] = [:]
    /// The language of messages (`--lang`), for the page shown over a failed build; the site's
    /// language when nil.
    public var language: Language?
    /// "Now", for the as-of date; a parameter so that time never comes from deep inside.
    public var clock: @Sendable () -> Date = { Date() }
    public var server = HTTPServer.Configuration()
    /// Seconds between two looks at `content/` and `themes/`.
    public var pollInterval = 0.3
    /// Where builds go; a new folder under the system's temporary folder by default, removed
    /// when the server stops. Never `site/`.
    public var workDirectory: URL?

    public init(root: URL) { self.root = root }
}
