import Foundation

/// A top-level setting of content/site.yaml read line by line, for what is needed before the
/// site is loaded (the time zone of the as-of date, the language of messages) and must work even
/// when site.yaml has errors elsewhere.
enum SiteSetting {
    /// Nil when there is no readable content/site.yaml; otherwise the value of `key` (unquoted,
    /// without a trailing comment, possibly empty), nil inside when the key is absent.
    static func value(of key: String, root: URL) -> String?? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent("content/site.yaml").path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        let prefix = key + ":"
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix(prefix) {
            let value = line.dropFirst(prefix.count).split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                .first ?? ""
            let trimmed = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return .some(trimmed)
        }
        return .some(nil)
    }
}
