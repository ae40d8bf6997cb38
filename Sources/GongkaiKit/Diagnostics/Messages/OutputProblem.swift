/// What stops a build after the content was read: files that cannot be read, personal data
/// bound for the public site, printing to PDF, and the final scan for leaks.
enum OutputProblem: Hashable, Sendable {
    case unreadable
    /// The first byte that is not UTF-8.
    case notUTF8(byte: UInt8)
    /// `masked` is already masked; `field` is the front-matter key, or nil for the body.
    case personalData(PersonalDataKind, masked: String, field: String?)
    case rosterColumns([String])
    case badChromium(String)
    case noChromium(lookedFor: [String])
    /// What the final scan of the staged files found in the file at `path`; it never quotes the
    /// text it found.
    case leak(path: String, what: LeakFinding)

    func text(in l: Language) -> String {
        switch self {
        case .unreadable:
            return l.say("无法读取这个文件", "cannot read the file")
        case let .notUTF8(byte):
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            return l.say("这个文件不是 UTF-8 编码的文字（此处的字节是 \(hex)）", "the file is not UTF-8 text (byte \(hex) here)")
        case let .personalData(kind, masked, field):
            let place = field.map { l.say("字段 '\($0)' 中", "'\($0)'") } ?? l.say("正文中", "the body")
            return l.say("\(place)的\(kind.chineseNoun) \(masked) 将会被公开；个人信息不得出现在公开网站上",
                         "\(kind.noun) \(masked) in \(place) would be published; personal data must not reach the public site")
        case let .rosterColumns(columns):
            return l.say("名单不得公开这些列：\(columns.map { "'\($0)'" }.joined(separator: "、"))",
                  "a roster may not publish the column\(columns.count == 1 ? "" : "s") \(columns.map { "'\($0)'" }.joined(separator: ", "))")
        case let .badChromium(path):
            return l.say("--chromium 给出的 '\(path)' 不是可执行的程序", "--chromium '\(path)' is not an executable file")
        case let .noChromium(names):
            return l.say("--pdf 需要 Chromium，但在 PATH 中没有找到（查找了 \(names.joined(separator: "、"))）；print/ 中的网页版打印稿已经写好，只是没有 PDF",
                  "--pdf needs Chromium and none was found on PATH (looked for \(names.joined(separator: ", "))); the HTML print edition in print/ was written, without PDFs")
        case let .leak(path, .forbiddenText):
            return l.say("\(path) 会包含未获准在此版本公开的信息的文字，因此没有写入任何文件",
                         "\(path) would contain text of an item that is not cleared for this edition; nothing was written")
        case let .leak(path, .personalData(kind, masked, line, column)):
            return l.say("\(path):\(line):\(column) 会包含个人信息（\(kind.chineseNoun) \(masked)），因此没有写入任何文件",
                         "\(path):\(line):\(column) would contain personal data: \(kind.noun) \(masked); nothing was written")
        case let .leak(path, .uncheckedType(suffix)):
            return l.say("\(path) 是 \(suffix) 类型的文件，gongkai 无法检查其中是否有个人信息，因此没有写入任何文件",
                         "\(path) is a file of type \(suffix), which gongkai cannot check for personal data; nothing was written")
        }
    }
}
