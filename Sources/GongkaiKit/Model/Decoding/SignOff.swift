/// What a sign-off field (`approved-by`, `reviewed-by`) must hold: the name of a person. An
/// item counts as signed off only when it does, so a placeholder typed while the item waits for
/// its sign-off is an error rather than a sign-off.
///
/// A value is a placeholder, compared without spaces at its ends and ignoring case, when it is:
/// - one of `placeholders`: `TBD`, `TBC`, `TBA`, `TODO`, `N/A`, `NA`, `none`, `unknown`,
///   `pending`, `name`, `待定`, `待签`, `待签发`, `未签发`, `待审`, `待审核`, `待审查`, `未审核`,
///   `待补`, `待补充`, `待填`, `未定`, `暂无`, `无`, `空`, `没有`, `不详`, `未知`, `某人`, `姓名`,
///   `签发人`, `审核人`, `保密审查人`, `审查人`;
/// - made only of filler marks: `x`, `X`, `×`, `*`, `＊`, `○`, `〇`, `某` (`xxx`, `××`, `某某`);
/// - without any letter at all: `-`, `—`, `——`, `－`, `?`, `？`, `…`, `/`, `0`, `123`.
enum SignOff {
    static let placeholders: Set<String> = [
        "tbd", "tbc", "tba", "todo", "fixme", "n/a", "na", "n.a.", "none", "nobody", "unknown", "pending", "name",
        "待定", "待签", "待签发", "未签发", "待审", "待审核", "待审查", "未审核", "未审查", "待补", "待补充", "待填",
        "未定", "暂无", "无", "空", "没有", "不详", "未知", "某人", "姓名", "签发人", "审核人", "保密审查人", "审查人",
    ]

    private static let filler: Set<Unicode.Scalar> = ["x", "X", "×", "*", "＊", "○", "〇", "某"]

    /// Whether `text` (already known not to be blank) stands in for a name instead of being one.
    static func isPlaceholder(_ text: String) -> Bool {
        let trimmed = String(String.UnicodeScalarView(text.unicodeScalars.drop(while: \.isBlankCharacter)
            .reversed().drop(while: \.isBlankCharacter).reversed()))
        if placeholders.contains(trimmed.lowercased()) { return true }
        if trimmed.unicodeScalars.allSatisfy(filler.contains) { return true }
        return !trimmed.unicodeScalars.contains { $0.properties.isAlphabetic && !filler.contains($0) }
    }
}

extension Unicode.Scalar {
    /// Shows as nothing: any Unicode space (the full-width `　`, a no-break space …) and the
    /// zero-width characters.
    var isBlankCharacter: Bool {
        properties.isWhitespace || [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF].contains(value)
    }
}

extension String {
    /// Empty, or nothing but spaces and zero-width characters.
    var isBlank: Bool { unicodeScalars.allSatisfy(\.isBlankCharacter) }
}
