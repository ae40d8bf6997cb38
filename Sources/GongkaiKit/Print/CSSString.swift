/// A CSS string literal, quotes included, for text placed in a stylesheet (the page-margin boxes
/// of a sheet). Quotes, backslashes, angle brackets, ampersands and control characters become
/// hexadecimal escapes, so the text can neither end the string nor the `<style>` element.
enum CSSString {
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "'":
                out += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
