import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Maps a request target to a file inside one folder, and refuses everything that would leave it.
///
/// The path is split into segments before it is percent-decoded, and decoded exactly once: a
/// segment that decodes to `..`, or holds `/`, `\` or NUL after decoding, is refused (so `%2e%2e`
/// and `%2f` cannot climb), and so is one that would decode to such a thing a second time
/// (`%252e%252e`), in case something downstream decodes again. The file found is then resolved
/// with `realpath`, and served only if the real path is still inside the folder's real path: a
/// symbolic link pointing out is refused too.
public struct StaticFileResolver: Sendable {
    /// The folder's real path (symbolic links resolved), without a trailing `/`.
    public let root: String

    public enum Resolution: Sendable, Equatable {
        /// A regular file inside the root, by its real path.
        case file(String)
        /// A folder asked for without its trailing `/`: redirect, so relative links work.
        case redirect(String)
        case forbidden
        case notFound
        case badRequest
    }

    /// Nil when `folder` does not exist.
    public init?(folder: String) {
        guard let real = Self.realPath(folder) else { return nil }
        root = real
    }

    public func resolve(_ target: String) -> Resolution {
        var path = Substring(target)
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<q] }
        guard path.hasPrefix("/") else { return .badRequest }
        var segments: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let bytes = Self.percentDecode(raw), let segment = String(validating: bytes, as: UTF8.self) else {
                return .badRequest
            }
            if segment == "." { continue }
            if Self.isDangerous(segment) { return .forbidden }
            if segment.contains("%"), let again = Self.percentDecode(Substring(segment)),
               let twice = String(validating: again, as: UTF8.self), Self.isDangerous(twice) || twice == "." {
                return .forbidden
            }
            segments.append(segment)
        }
        let wantsFolder = path.hasSuffix("/")
        let candidate = ([root] + segments).joined(separator: "/")
        guard let real = Self.realPath(candidate) else { return .notFound }
        guard inside(real) else { return .forbidden }
        var info = stat()
        guard stat(real, &info) == 0 else { return .notFound }
        if info.st_mode & S_IFMT == S_IFDIR {
            guard wantsFolder || segments.isEmpty else {
                return .redirect("/" + segments.map(Self.percentEncode).joined(separator: "/") + "/")
            }
            let index = real + "/index.html"
            guard let realIndex = Self.realPath(index) else { return .notFound }
            guard inside(realIndex) else { return .forbidden }
            return Self.isRegularFile(realIndex) ? .file(realIndex) : .notFound
        }
        return info.st_mode & S_IFMT == S_IFREG ? .file(real) : .forbidden
    }

    private func inside(_ real: String) -> Bool {
        real == root || real.hasPrefix(root == "/" ? "/" : root + "/")
    }

    private static func isDangerous(_ segment: String) -> Bool {
        segment == ".." || segment.contains("/") || segment.contains("\\") || segment.contains("\0")
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFREG
    }

    /// `realpath(3)`: the absolute path with every symbolic link, `.` and `..` resolved.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Percent-decodes once; nil for a `%` not followed by two hex digits.
    static func percentDecode(_ s: Substring) -> [UInt8]? {
        var out: [UInt8] = []
        var bytes = Array(s.utf8)[...]
        while let b = bytes.popFirst() {
            guard b == 37 else { out.append(b); continue }
            guard bytes.count >= 2, let hi = hex(bytes.popFirst()!), let lo = hex(bytes.popFirst()!) else { return nil }
            out.append(hi << 4 | lo)
        }
        return out
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: b - 48
        case 65...70: b - 55
        case 97...102: b - 87
        default: nil
        }
    }

    /// A path segment percent-encoded for a Location header: unreserved characters as they are.
    static func percentEncode(_ segment: String) -> String {
        var out = ""
        for b in segment.utf8 {
            switch b {
            case 48...57, 65...90, 97...122, 45, 46, 95, 126: out.unicodeScalars.append(Unicode.Scalar(b))
            default: out += "%" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(to n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
