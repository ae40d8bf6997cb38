/// The hints of the catalogue: the extra line under a message that says what to type instead,
/// in both languages.
enum DiagnosticHint: Hashable, Sendable {
    // Shared by many messages.
    case didYouMean(String)
    /// A did-you-mean for a category, with its name, which Chinese readers know it by.
    case didYouMeanCategory(id: String, name: String)
    /// The corrected text, ready to type: `written: 2026-03-05`.
    case write(String)
    case oneOf([String])
    case example(String)

    // What Chinese input methods type instead of YAML's punctuation.
    case typeThreeHyphens(found: String)
    case halfWidthSpaces
    case straightQuotes(String)
    /// A word of a closed vocabulary, an id or a date in curly quotes: the word alone.
    case dropQuotes(String)
    case straightClosingQuote
    /// A plain value that needs quotes: the value.
    case quoteValue(String)
    case commas(String)
    /// A value with a stray full-width space: the value without it.
    case deleteFullwidthSpace(write: String)
    /// A list written as one value, `a，b`: the list to write.
    case writeList(String)
    /// Lines indented below a key by mistake, which made them its mapping.
    case unindentBelow(String)

    // Items.
    case addTitle, addCategory, addIndex, addTiming, addPublished
    case renameFileOrSetID
    case uniqueIDs
    case categoryIDs([Category])
    case internalCategory, publicCategory
    case moveWithheldOut

    // site.yaml, calendar, files.
    case calendarSource(year: Int)
    case datesOfYearGoIn(year: Int)
    case fromIsFirstDayOff
    case joinFestivals
    case offOrWorked
    case renameCalendarFile(String)
    case holidaysGoIn
    case addCalendarYear(Int)
    case runInSiteFolder
    case saveAsUTF8
    case maskPersonalData
    case allowedRosterColumns([String])
    case chromiumPath
    case installChromium(String)
    case reportBug

    /// The words, with any control or bidirectional control character in what they quote
    /// written as `<U+001B>` rather than printed.
    func text(in l: Language) -> String {
        words(in: l).withInvisiblesNamed
    }

    private func words(in l: Language) -> String {
        switch self {
        case let .didYouMean(word):
            l.say("是不是想写 '\(word)'？", "did you mean '\(word)'?")
        case let .didYouMeanCategory(id, name):
            l.say("是不是想写 '\(id)'（\(name)）？", "did you mean '\(id)'?")
        case let .write(text):
            l.say("请改为 \(text)", "write \(text)")
        case let .oneOf(words):
            l.say("可选：\(Wording.series(words, in: l))", "one of \(Wording.series(words, in: l))")
        case let .example(text):
            l.say("例如 \(text)", "e.g. \(text)")
        case let .typeThreeHyphens(found):
            l.say("第一行 '\(Wording.short(found))' 不是三个英文短横线；请改为 ---（半角的减号，不是破折号）",
                  "the first line '\(Wording.short(found))' is not three ASCII hyphens; type ---")
        case .halfWidthSpaces:
            l.say("把输入法切换到英文（半角）状态，删掉全角空格，再用空格键缩进",
                  "switch the keyboard to half-width (English) input, delete the full-width spaces and indent with the space bar")
        case let .straightQuotes(text):
            l.say("请删去弯引号，或改用英文直引号：\"\(text)\"", "delete the curly quotes, or type straight quotes: \"\(text)\"")
        case let .dropQuotes(word):
            l.say("请删去弯引号，直接写 \(word)", "delete the curly quotes: write \(word)")
        case .straightClosingQuote:
            l.say("结尾用了中文弯引号；请把它改成英文直引号 \"",
                  "the closing quote on this line is a curly one; type a straight \" instead")
        case let .quoteValue(value):
            l.say("请写成 \"\(value)\"，把整个值放在英文双引号里", "write \"\(value)\", the whole value in double quotes")
        case let .commas(list):
            l.say("请改用英文逗号：\(list)；如果 '，' 本来就是内容的一部分，请给这一项加上英文引号",
                  "write \(list) with ASCII commas; to keep a '，' inside an entry, put that entry in quotes")
        case let .deleteFullwidthSpace(text):
            l.say("请删去全角空格 '　'，写成 \(text)", "delete the full-width space '　': write \(text)")
        case let .unindentBelow(key):
            l.say("'\(key)' 下面的几行多了行首空格，被当成了它的子字段；如果它们是单独的字段，请删去行首的空格，与 '\(key)' 左对齐",
                  "the lines below '\(key)' are indented, so they count as part of it; if they are keys of their own, line them up with '\(key)'")
        case let .writeList(text):
            l.say("多个值请写成列表：\(text)", "for several values write a list: \(text)")
        case .addTitle:
            l.say("请加上一行 title: \"…\"，写这条信息的完整标题", "add 'title: \"…\"' with the item's full title")
        case .addCategory:
            l.say("请加上一行 category: 分类代码，可用的分类代码见 content/site.yaml",
                  "add 'category: <id>' with one of the ids listed in content/site.yaml")
        case .addIndex:
            l.say("请加上一行 index: \"…\"（索引号）；用 gongkai new 新建的信息会自动分配下一个索引号",
                  "add 'index: \"…\"', the 索引号; 'gongkai new' assigns the next free one")
        case .addTiming:
            l.say("请加上一行 timing: long-term（长期公开）、timing: periodic（定期公开）或 timing: ad-hoc（随时公开）",
                  "add 'timing: long-term', 'timing: periodic' or 'timing: ad-hoc'")
        case .addPublished:
            l.say("请加上一行 published: 年-月-日，如 published: 2026-03-05", "add 'published: YYYY-MM-DD'")
        case .renameFileOrSetID:
            l.say("请把文件改名（只用小写字母、数字和 '-'），或在字段区写上 id:，如 id: dibao-2026",
                  "rename the file, or set 'id:' in the front matter")
        case .uniqueIDs:
            l.say("id 决定网页地址，不能重复；请给其中一个文件改名，或写上不同的 id:",
                  "ids name the page's URL and must be unique; rename one file or set 'id:'")
        case let .categoryIDs(categories):
            l.say("可选：" + categories.map { "\($0.id)（\($0.name)）" }.joined(separator: "、"),
                  "expected one of: " + categories.map(\.id).joined(separator: ", "))
        case .internalCategory:
            l.say("内部公开的信息请选 site.yaml 中 internal-categories 下的分类", "internal items go in internal-categories")
        case .publicCategory:
            l.say("向社会公开的信息请选 site.yaml 中 categories 下的分类", "public items go in categories")
        case .moveWithheldOut:
            l.say("请把 ```withheld 这一段移到最左边单独成段，不要放在列表或引用里",
                  "move the ```withheld block out to the left margin")
        case let .calendarSource(year):
            l.say("例如 source: 国务院办公厅关于\(year)年部分节假日安排的通知",
                  "e.g. source: 国务院办公厅关于\(year)年部分节假日安排的通知")
        case let .datesOfYearGoIn(year):
            l.say("\(year) 年的日期请写在 \(CalendarLoader.folder)/\(year).yaml",
                  "dates of \(year) go in \(CalendarLoader.folder)/\(year).yaml")
        case .fromIsFirstDayOff:
            l.say("from 填放假的第一天，to 填放假的最后一天", "'from' is the first day off and 'to' the last")
        case .joinFestivals:
            l.say("如果通知把两个节日连在一起放假，请合并写成一个节假日",
                  "when the notice joins two festivals, list them as one holiday")
        case .offOrWorked:
            l.say("同一天要么放假、要么上班；请对照通知核对这两个日期",
                  "a day is either off or worked; check both dates against the notice")
        case let .renameCalendarFile(name):
            l.say("请改名为 \(name)", "rename it to \(name)")
        case .holidaysGoIn:
            l.say("例如 2026 年的节假日写在 \(CalendarLoader.folder)/2026.yaml",
                  "holidays of 2026 go in \(CalendarLoader.folder)/2026.yaml")
        case let .addCalendarYear(year):
            l.say("请根据《国务院办公厅关于\(year)年部分节假日安排的通知》添加 \(CalendarLoader.folder)/\(year).yaml",
                  "add \(CalendarLoader.folder)/\(year).yaml from the notice 国务院办公厅关于\(year)年部分节假日安排的通知")
        case .runInSiteFolder:
            l.say("请在网站文件夹里运行 gongkai，或用 --root 指定网站文件夹",
                  "run gongkai in the site's folder, or pass --root DIR")
        case .saveAsUTF8:
            l.say("请把文件另存为 UTF-8 编码（GBK、GB18030 编码的文件需要先转换）",
                  "save the file as UTF-8 (GBK/GB18030 files must be converted)")
        case .maskPersonalData:
            l.say("请脱敏（如 138****1234），或把这段移进 ```withheld personal-privacy 不公开段落；如果这是本机关对外公布的联系方式，请把它加到 site.yaml 的 privacy.allow",
                  "mask it, move the passage into a ```withheld personal-privacy block, or, if it is the organ's own published contact, add it to privacy.allow in site.yaml")
        case let .allowedRosterColumns(columns):
            l.say("privacy.roster-columns 允许的列：\(columns.joined(separator: "、"))",
                  "columns allowed by privacy.roster-columns: \(columns.joined(separator: ", "))")
        case .chromiumPath:
            l.say("请给出 Chromium 或 Chrome 程序的路径，如 --chromium /usr/bin/chromium",
                  "give the path of a Chromium or Chrome binary, e.g. --chromium /usr/bin/chromium")
        case let .installChromium(command):
            l.say("请用 '\(command)' 安装，或用 --chromium 指定程序路径", "install it with '\(command)', or pass --chromium PATH")
        case .reportBug:
            l.say("这是 gongkai 或主题的缺陷，请报告给维护人员", "this is a bug in gongkai or in the theme; please report it")
        }
    }
}
