/// Why `gongkai new` wrote nothing.
public enum NewItemError: Error, Equatable, CustomStringConvertible {
    /// An option's value is not in the site's vocabulary (the command line's fault: exit 64).
    case invalid(String)
    /// The item's file already exists; nothing is ever overwritten.
    case exists(path: String)
    /// `--id` names an item that already exists elsewhere (ids are unique across years).
    case idTaken(id: String, by: String)
    /// `content/site.yaml` cannot be read; its diagnostics say why.
    case site([Diagnostic])
    /// Every serial of the year allowed by `index-format` is taken.
    case indexExhausted(year: Int, format: String)
    /// The file system refused.
    case io(String)

    public var description: String { message(in: .en) }

    /// What went wrong, in `language`. Mistakes on the command line (`invalid`, exit 64) and
    /// failures of the file system (`io`) are in English, as all usage and I/O errors are.
    public func message(in l: Language) -> String {
        switch self {
        case let .invalid(message): message
        case let .exists(path):
            l.say("\(path) 已经存在；gongkai new 不会覆盖已有文件（请用 --id 另选一个 id）",
                  "\(path) already exists; gongkai new never overwrites a file (choose another --id)")
        case let .idTaken(id, owner):
            l.say("id '\(id)' 已被 \(owner) 使用；各年份的 id 都不能重复（请用 --id 另选一个）",
                  "id '\(id)' is already used by \(owner); ids are unique across years (choose another --id)")
        case .site: l.say("content/site.yaml 有错误，请先改正", "content/site.yaml has errors; fix them first")
        case let .indexExhausted(year, format):
            l.say("按 index-format '\(format)'，\(year) 年已没有可用的索引号；请在 content/site.yaml 中加大 {serial:N} 的位数",
                  "no free 索引号 left for \(year) in index-format '\(format)'; widen {serial:N} in content/site.yaml")
        case let .io(message): message
        }
    }
}
