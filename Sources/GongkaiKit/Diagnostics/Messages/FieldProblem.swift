/// What the field reader reports about a key or a value, in front matter, site.yaml and
/// calendar files alike: values of the wrong type, dates written another way, words outside a
/// closed vocabulary, unknown and misplaced keys.
enum FieldProblem: Hashable, Sendable {
    case mustBeText(key: String, found: Found)
    case mustBeDate(key: String, found: Found)
    case impossibleDate(String, ImpossibleDate)
    case dateFormat(key: String, found: String)
    case mustBeBool(key: String, found: Found)
    case mustBeNumber(key: String, range: ClosedRange<Int>, found: Found)
    /// A list or mapping where one word of a closed vocabulary belongs.
    case mustBeOneOf(key: String, names: [String], found: Found)
    case unknownValue(key: String, value: String, names: [String])
    case entryMustBeText(key: String, found: Found)
    case mustBeList(key: String)
    case mustBeListOfEntries(key: String, firstKey: String)
    case entryMustBeMapping(key: String, keys: [String], found: Found)
    case mustBeMapping(key: String, keys: [String])
    case recordNeeds(Record, key: String)
    case recordNeedsDate(Record, key: String)
    case unknownKey(String, in: KeyContext)
    /// More unknown keys than are worth reporting one by one: how many, and the first few.
    case unknownKeys(count: Int, first: [String], in: KeyContext)
    case misplacedKey(String, Misplacement)
    /// Words of a list field joined by a full-width comma into one value, `低保，救助`.
    case joinedByFullwidthComma(key: String, value: String)
    case joinedByEnumerationComma(key: String, value: String)

    /// Why a date that reads like one does not exist.
    enum ImpossibleDate: Hashable, Sendable {
        case noMonth(Int)
        case monthHasDays(year: Int, month: Int, days: Int)
    }

    /// Why a key that exists for some items is refused on this one.
    enum Misplacement: Hashable, Sendable {
        /// It is for items of `for`; this item's timing is `this`.
        case timing(for: Timing, this: Timing)
        /// It is for items of these kinds; this item's kind is `this`.
        case kind(for: [ItemKind], this: ItemKind)
    }

    func text(in l: Language) -> String {
        switch self {
        case let .mustBeText(key, found):
            l.say("'\(key)' 应填写文字，现在写成了\(found.text(in: l))", "'\(key)' must be text; found \(found.text(in: l))")
        case let .mustBeDate(key, found):
            l.say("'\(key)' 应填写日期（年-月-日，如 2026-03-05），现在写成了\(found.text(in: l))",
                  "'\(key)' must be a date (YYYY-MM-DD); found \(found.text(in: l))")
        case let .impossibleDate(text, why):
            switch why {
            case let .noMonth(m):
                l.say("'\(text)' 不是真实存在的日期：没有 \(m) 月", "'\(text)' is not a real date: there is no month \(m)")
            case let .monthHasDays(y, m, days):
                l.say("'\(text)' 不是真实存在的日期：\(y) 年 \(m) 月只有 \(days) 天",
                      "'\(text)' is not a real date: \(y)-\(m < 10 ? "0" : "")\(m) has \(days) days")
            }
        case let .dateFormat(key, found):
            l.say("'\(key)' 的日期要写成 年-月-日（YYYY-MM-DD），现在写成了 '\(found)'",
                  "'\(key)' must be written YYYY-MM-DD; found '\(found)'")
        case let .mustBeBool(key, found):
            l.say("'\(key)' 只能填 true（是）或 false（否），现在写成了\(found.text(in: l))",
                  "'\(key)' must be true or false; found \(found.text(in: l))")
        case let .mustBeNumber(key, range, found):
            l.say("'\(key)' 应填 \(range.lowerBound) 到 \(range.upperBound) 之间的整数，现在写成了\(found.text(in: l))",
                  "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound); found \(found.text(in: l))")
        case let .mustBeOneOf(key, names, found):
            l.say("'\(key)' 只能填 \(Wording.list(names, in: l)) 中的一个，现在写成了\(found.text(in: l))",
                  "'\(key)' must be one of \(Wording.list(names, in: l)); found \(found.text(in: l))")
        case let .unknownValue(key, value, names):
            l.say("'\(key)' 不能填 '\(value)'；可以填 \(Wording.list(names, in: l))",
                  "unknown \(key) '\(value)'; expected \(Wording.list(names, in: l))")
        case let .entryMustBeText(key, found):
            l.say("'\(key)' 的每一项都应是文字，这一项却是\(found.text(in: l))",
                  "each entry of '\(key)' must be text; found \(found.text(in: l))")
        case let .mustBeList(key):
            l.say("'\(key)' 应该是一个列表，现在写成了一组子字段", "'\(key)' must be a list; found a mapping")
        case let .mustBeListOfEntries(key, firstKey):
            l.say("'\(key)' 应该是若干项的列表，每项以 '- \(firstKey): …' 开头",
                  "'\(key)' must be a list of entries (- \(firstKey): …)")
        case let .entryMustBeMapping(key, keys, found):
            l.say("'\(key)' 的每一项都应是一组子字段（\(Wording.series(keys, in: l))），这一项却是\(found.text(in: l))",
                  "each entry of '\(key)' must be a mapping with \(Wording.list(keys, in: l)); found \(found.text(in: l))")
        case let .mustBeMapping(key, keys):
            l.say("'\(key)' 下面应该缩进写 \(Wording.series(keys, in: l)) 这些子字段",
                  "'\(key)' must be a mapping of \(Wording.list(keys, in: l))")
        case let .recordNeeds(record, key):
            l.say("\(record.text(in: l))缺少 '\(key)'", "\(record.text(in: l)) needs '\(key)'")
        case let .recordNeedsDate(record, key):
            l.say("\(record.text(in: l))缺少 '\(key)'（年-月-日）", "\(record.text(in: l)) needs '\(key)' (YYYY-MM-DD)")
        case let .unknownKey(key, context):
            switch context {
            case .frontMatter: l.say("未知字段 '\(key)'", "unknown key '\(key)' in front matter")
            case .siteYAML: l.say("site.yaml 中有未知字段 '\(key)'", "unknown key '\(key)' in site.yaml")
            case .calendarFile: l.say("节假日文件中有未知字段 '\(key)'", "unknown key '\(key)' in a calendar file")
            case let .entry(of: parent):
                l.say("'\(parent)' 的一项中有未知字段 '\(key)'", "unknown key '\(key)' in an entry of '\(parent)'")
            case let .under(parent): l.say("'\(parent)' 下有未知字段 '\(key)'", "unknown key '\(key)' in '\(parent)'")
            }
        case let .unknownKeys(count, first, context):
            Self.unknownKeysText(count: count, first: first, in: context, l)
        case let .misplacedKey(key, .timing(other, this)):
            l.say("'\(key)' 只用于公开时限为 \(other.rawValue)（\(NewItemWords.zhTiming(other))）的信息，本条的 timing 是 \(this.rawValue)（\(NewItemWords.zhTiming(this))）",
                  "'\(key)' is for \(other.rawValue) items; this item's timing is \(this.rawValue)")
        case let .misplacedKey(key, .kind(owners, this)):
            l.say("'\(key)' 只用于类型为 \(owners.map { "\($0.rawValue)（\(NewItemWords.zhKind($0))）" }.joined(separator: " 或 "))的信息，本条的 kind 是 \(this.rawValue)（\(NewItemWords.zhKind(this))）",
                  "'\(key)' is for kind \(owners.map(\.rawValue).joined(separator: " and ")); this item's kind is \(this.rawValue)")
        case let .joinedByFullwidthComma(key, value):
            l.say("'\(key)' 的 '\(Wording.short(value))' 用中文逗号 '，' 隔开，会被当成一整项",
                  "'\(key)' holds '\(Wording.short(value))', whose full-width commas '，' do not separate entries")
        case let .joinedByEnumerationComma(key, value):
            l.say("'\(key)' 的 '\(Wording.short(value))' 用顿号 '、' 隔开，会被当成一整项",
                  "'\(key)' holds '\(Wording.short(value))' as one entry: the enumeration comma '、' does not separate entries")
        }
    }

    /// `100000 unknown keys in front matter: k0, k1, k2, k3, k4 …`.
    private static func unknownKeysText(count: Int, first: [String], in context: KeyContext, _ l: Language) -> String {
        let zh = first.map { Wording.short($0) }.joined(separator: "、") + (count > first.count ? " 等" : "")
        let en = first.map { Wording.short($0) }.joined(separator: ", ") + (count > first.count ? " …" : "")
        return switch context {
        case .frontMatter:
            l.say("有 \(count) 个未知字段：\(zh)；字段区里只能写 gongkai 的字段，正文要写在第二行 '---' 之后",
                  "\(count) unknown keys in front matter: \(en); only gongkai's keys go between the '---' lines, the text goes after the second one")
        case .siteYAML: l.say("site.yaml 中有 \(count) 个未知字段：\(zh)", "\(count) unknown keys in site.yaml: \(en)")
        case .calendarFile: l.say("节假日文件中有 \(count) 个未知字段：\(zh)", "\(count) unknown keys in a calendar file: \(en)")
        case let .entry(of: parent):
            l.say("'\(parent)' 的一项中有 \(count) 个未知字段：\(zh)", "\(count) unknown keys in an entry of '\(parent)': \(en)")
        case let .under(parent):
            l.say("'\(parent)' 下有 \(count) 个未知字段：\(zh)", "\(count) unknown keys in '\(parent)': \(en)")
        }
    }
}
