/// Whether a number is introduced as an organisation's or a document's code rather than a person's.
///
/// A 15-digit 工商注册号 (business registration number) starts with its authority's region code
/// and is often followed by digits that read as a date, so it can look exactly like a
/// first-generation ID; an all-digit 统一社会信用代码 can pass an ID's checks too. Such a number is
/// not reported as an ID when one of these labels stands in the twelve scalars before it, within
/// the same clause (the look-back stops at a line break and at `。；，,;`):
///
/// 注册号, 工商注册号, 营业执照, 统一社会信用代码, 信用代码, 组织机构代码, 索引号, 文号, 编号, 代码
///
/// (the longer ones contain the shorter, so only 注册号, 营业执照, 代码, 索引号, 文号 and 编号 are
/// looked for). A label is not taken when 身份 (as in 身份证编号) is in the same stretch.
enum CodeLabel {
    private static let labels: [[UInt32]] = ["注册号", "营业执照", "代码", "索引号", "文号", "编号"].map(scalars)
    private static let personal: [[UInt32]] = ["身份"].map(scalars)
    static let window = 12

    static func precedes(_ offset: Int, in text: UTF8Text) -> Bool {
        var before: [UInt32] = []  // nearest first
        var p = offset
        while before.count < window, let (v, start) = text.scalar(before: p) {
            if v == 0x0A || v == 0x0D || v == 0x3002 || v == 0xFF1B || v == 0xFF0C || v == 0x2C || v == 0x3B { break }
            before.append(v)
            p = start
        }
        let stretch = Array(before.reversed())
        return labels.contains { contains(stretch, $0) } && !personal.contains { contains(stretch, $0) }
    }

    private static func contains(_ s: [UInt32], _ word: [UInt32]) -> Bool {
        guard s.count >= word.count else { return false }
        for i in 0...(s.count - word.count) where s[i..<(i + word.count)].elementsEqual(word) { return true }
        return false
    }

    private static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }
}
