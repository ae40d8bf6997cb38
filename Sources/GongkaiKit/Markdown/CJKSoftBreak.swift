/// Chinese (and Japanese, Korean) text has no spaces between words, so a line break in the
/// source between two CJK characters must not become a space in the browser: such a soft break
/// renders as nothing. Any other soft break renders as a newline, as cmark does.
enum CJKSoftBreak {
    /// Whether the soft break at `index` in `inlines` falls between two CJK characters. A break
    /// at the edge of a span (no neighbour on one side) is kept.
    static func vanishes(at index: Int, in inlines: [MarkdownInline]) -> Bool {
        guard index > 0, index + 1 < inlines.count,
              let before = inlines[index - 1].lastScalar, isCJK(before),
              let after = inlines[index + 1].firstScalar, isCJK(after) else { return false }
        return true
    }

    /// Han ideographs (with the extension blocks, radicals and compatibility ideographs), CJK
    /// symbols and punctuation, full-width and half-width forms, kana, bopomofo and Hangul.
    static func isCJK(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x1100...0x11FF,   // Hangul Jamo
             0x2E80...0x2FDF,   // CJK radicals, Kangxi radicals
             0x3000...0x303F,   // CJK symbols and punctuation
             0x3040...0x30FF,   // Hiragana, Katakana
             0x3100...0x312F,   // Bopomofo
             0x3130...0x318F,   // Hangul compatibility Jamo
             0x31A0...0x31FF,   // Bopomofo extended, CJK strokes, Katakana extension
             0x3400...0x4DBF,   // CJK extension A
             0x4E00...0x9FFF,   // CJK unified ideographs
             0xA960...0xA97F,   // Hangul Jamo extended A
             0xAC00...0xD7FF,   // Hangul syllables, Jamo extended B
             0xF900...0xFAFF,   // CJK compatibility ideographs
             0xFE30...0xFE4F,   // CJK compatibility forms
             0xFF00...0xFFEF,   // half-width and full-width forms
             0x20000...0x323AF: // extensions B to H, compatibility supplement
            return true
        default:
            return false
        }
    }
}
