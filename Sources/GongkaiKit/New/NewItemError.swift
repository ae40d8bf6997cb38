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

    public var description: String {
        switch self {
        case let .invalid(message): message
        case let .exists(path): "\(path) already exists; gongkai new never overwrites a file (choose another --id)"
        case let .idTaken(id, owner): "id '\(id)' is already used by \(owner); ids are unique across years (choose another --id)"
        case .site: "content/site.yaml has errors; fix them first"
        case let .indexExhausted(year, format):
            "no free 索引号 left for \(year) in index-format '\(format)'; widen {serial:N} in content/site.yaml"
        case let .io(message): message
        }
    }
}
