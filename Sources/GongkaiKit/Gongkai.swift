/// gongkai's version, as `gongkai version` prints it.
public enum Gongkai {
    public static let version = "0.1.0"

    /// What wrote a report or a manifest, as `report.json` and `archive.json` record it.
    public static var generator: String { "gongkai \(version)" }
}
