/// Reads a request head from the bytes received so far. Strict where leniency would hide a
/// confused client: one space between the three parts of the request line, header names made of
/// token characters with no space before the colon, no folded lines, no control characters.
public enum HTTPRequestParser {
    /// The largest head accepted, request line and headers together; more gets 431.
    public static let maxHeadBytes = 16 * 1024
    /// The most header lines accepted; more gets 431.
    public static let maxHeaders = 100

    public enum Outcome: Sendable, Equatable {
        /// The head is not complete yet: read more.
        case incomplete
        /// A complete head, and how many bytes of the input it took (the blank line included).
        case request(HTTPRequest, headLength: Int)
        /// A head the server refuses, with the status to answer before closing.
        case failure(status: Int)
    }

    public static func parse(_ bytes: [UInt8]) -> Outcome {
        // Blank lines before the request line are ignored (RFC 9112 2.2).
        var start = 0
        while start + 1 < bytes.count, bytes[start] == 13, bytes[start + 1] == 10 { start += 2 }
        while start < bytes.count, bytes[start] == 10 { start += 1 }
        guard let end = headEnd(bytes, from: start) else {
            return bytes.count - start > maxHeadBytes ? .failure(status: 431) : .incomplete
        }
        guard end.body - start <= maxHeadBytes else { return .failure(status: 431) }
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = start
        var i = start
        while i < end.head {
            if bytes[i] == 10 {
                var line = bytes[lineStart..<i]
                if line.last == 13 { line = line.dropLast() }
                lines.append(line)
                lineStart = i + 1
            }
            i += 1
        }
        if lineStart < end.head {
            var line = bytes[lineStart..<end.head]
            if line.last == 13 { line = line.dropLast() }
            lines.append(line)
        }
        guard let first = lines.first, let (method, target, version) = requestLine(first) else {
            return .failure(status: 400)
        }
        if !version.hasPrefix("HTTP/1.") { return .failure(status: 505) }
        guard lines.count - 1 <= maxHeaders else { return .failure(status: 431) }
        var headers: [HTTPRequest.Header] = []
        for line in lines.dropFirst() {
            guard let header = headerLine(line) else { return .failure(status: 400) }
            headers.append(header)
        }
        let request = HTTPRequest(method: method, target: target, version: version, headers: headers)
        // Two different lengths, or a length that is not a number, make the body's end unknowable.
        let lengths = Set(headers.filter { $0.name == "content-length" }.map(\.value))
        if lengths.count > 1 || lengths.contains(where: { Int($0) == nil || Int($0)! < 0 }) { return .failure(status: 400) }
        if version == "HTTP/1.1" && request.header("host") == nil { return .failure(status: 400) }
        return .request(request, headLength: end.body)
    }

    /// Where the head ends: the index just past its last line's text, and just past the blank line.
    private static func headEnd(_ b: [UInt8], from start: Int) -> (head: Int, body: Int)? {
        var i = start
        let limit = min(b.count, start + maxHeadBytes + 4)
        while i < limit {
            if b[i] == 10 {
                if i + 1 < b.count, b[i + 1] == 10 { return (i, i + 2) }
                if i + 2 < b.count, b[i + 1] == 13, b[i + 2] == 10 { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    private static func requestLine(_ line: ArraySlice<UInt8>) -> (String, String, String)? {
        let parts = line.split(separator: 32, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
              parts[0].allSatisfy({ (65...90).contains($0) }),
              parts[1].allSatisfy({ $0 > 32 && $0 != 127 }),
              parts[2].count == 8, parts[2].starts(with: Array("HTTP/".utf8)),
              let target = String(validating: parts[1], as: UTF8.self) else { return nil }
        return (String(decoding: parts[0], as: UTF8.self), target, String(decoding: parts[2], as: UTF8.self))
    }

    private static func headerLine(_ line: ArraySlice<UInt8>) -> HTTPRequest.Header? {
        guard let colon = line.firstIndex(of: 58), colon > line.startIndex else { return nil }
        let name = line[line.startIndex..<colon]
        guard name.allSatisfy(isTokenByte) else { return nil }
        let value = line[(colon + 1)...].drop { $0 == 32 || $0 == 9 }
        var trimmed = value
        while let last = trimmed.last, last == 32 || last == 9 { trimmed = trimmed.dropLast() }
        guard trimmed.allSatisfy({ $0 >= 32 && $0 != 127 || $0 == 9 }) else { return nil }
        return HTTPRequest.Header(name: String(decoding: name, as: UTF8.self).lowercased(),
                                  value: String(decoding: trimmed, as: UTF8.self))
    }

    /// RFC 9110 token characters.
    private static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case 48...57, 65...90, 97...122: true
        case _ where "!#$%&'*+-.^_`|~".utf8.contains(b): true
        default: false
        }
    }
}
