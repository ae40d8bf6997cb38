import GongkaiKit

/// The command line, parsed: one command and its options.
struct Arguments {
    enum Format: String { case text, json, github, gitlab }

    var command: String
    var root: String = "."
    var out: String?
    var asOf: String?
    var format: Format = .text
    var strict = false
    var timings = false
    var pdf = false
    var chromium: String?
    var help = false
    /// `--edition public|internal|all`.
    var edition = "all"
    /// `--drafts`: preview unapproved and scheduled items.
    var drafts = false
    /// `--clean`: render every page, reusing nothing from the previous output.
    var clean = false
    /// Words after the command that are not options: `new <kind> <title>`.
    var positional: [String] = []
    /// `new`: `--category`, `--timing`, `--audience`, `--id`.
    var category: String?, timing: String?, audience: String?, id: String?
    /// `serve`: `--port` (default 8000) and `--host` (default 127.0.0.1).
    var port: Int?
    var host: String?
    /// `--lang zh-CN|en`: the language of messages; nil to follow the site (`Language.resolve`).
    var lang: Language?

    static let commands = ["build", "check", "new", "serve", "version", "help"]

    /// Thrown for anything the user typed wrong; printed with the usage, exit 64.
    struct UsageError: Error { let message: String }

    static func parse(_ argv: [String]) throws -> Arguments {
        var rest = argv[...]
        guard let first = rest.first else { return Arguments(command: "help") }
        var args: Arguments
        if first == "--help" || first == "-h" {
            return Arguments(command: "help")
        } else if first == "--version" {
            return Arguments(command: "version")
        } else if commands.contains(first) {
            args = Arguments(command: first)
            rest = rest.dropFirst()
        } else if first.hasPrefix("-") {
            args = Arguments(command: "build")
        } else {
            let guess = closest(first, commands)
            throw UsageError(message: "unknown command '\(first)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""))
        }
        while let arg = rest.popFirst() {
            if arg == "--" {
                args.positional += rest
                break
            }
            if !arg.hasPrefix("-") && (args.command == "new" || args.command == "help") {
                args.positional.append(arg)
                continue
            }
            var name = arg, inline: String?
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            func value() throws -> String {
                if let inline { return inline }
                guard let v = rest.popFirst(), !v.hasPrefix("--") else {
                    throw UsageError(message: "\(name) needs a value")
                }
                return v
            }
            switch name {
            case "--root": args.root = try value()
            case "--out": args.out = try value()
            case "--as-of": args.asOf = try value()
            case "--format":
                let v = try value()
                guard let f = Format(rawValue: v) else {
                    throw UsageError(message: "--format must be text, json, github or gitlab; got '\(v)'")
                }
                args.format = f
            case "--strict": args.strict = true
            case "--timings": args.timings = true
            case "--drafts": args.drafts = true
            case "--clean": args.clean = true
            case "--edition":
                let v = try value()
                guard ["public", "internal", "all"].contains(v) else {
                    throw UsageError(message: "--edition must be public, internal or all; got '\(v)'")
                }
                args.edition = v
            case "--pdf": args.pdf = true
            case "--chromium":
                args.chromium = try value()
                args.pdf = true
            case "--category": args.category = try value()
            case "--timing": args.timing = try value()
            case "--audience": args.audience = try value()
            case "--id": args.id = try value()
            case "--host": args.host = try value()
            case "--port":
                let v = try value()
                guard let p = Int(v), (0...65535).contains(p) else {
                    throw UsageError(message: "--port must be a number from 0 to 65535; got '\(v)'")
                }
                args.port = p
            case "--lang":
                let v = try value()
                switch v.lowercased() {
                case "zh-cn", "zh": args.lang = .zhCN
                case "en": args.lang = .en
                default: throw UsageError(message: "--lang must be zh-CN or en; got '\(v)'")
                }
            case "--help", "-h": args.help = true
            default:
                let known = ["--root", "--out", "--as-of", "--format", "--strict", "--timings", "--edition", "--drafts", "--clean", "--pdf", "--chromium",
                             "--category", "--timing", "--audience", "--id", "--port", "--host", "--lang", "--help"]
                let guess = closest(name, known)
                throw UsageError(message: "unknown option '\(name)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""))
            }
        }
        return args
    }

    private static func closest(_ word: String, _ options: [String]) -> String? {
        options.min { distance(word, $0) < distance(word, $1) }.flatMap { distance(word, $0) <= 2 ? $0 : nil }
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var prev = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = old
            }
        }
        return row[b.count]
    }
}
