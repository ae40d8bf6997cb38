/// Reads gongkai's strict subset of YAML (DESIGN 3.1) into an untyped tree of text.
///
/// Supported: block mappings and sequences (items may be mappings), `[ ]` lists of scalars, plain,
/// single- and double-quoted scalars on one line, `|` literal blocks, `#` comments, and `{}` for an
/// empty mapping. Anything else — tabs for indentation, anchors, aliases, tags, several documents,
/// duplicate keys, `{ }` mappings, `>` folded text — is an error at its exact line and column.
/// Nothing is typed: `2026`, `yes` and `~` come back as text (`~` and `null` report `isNull`).
public enum YAMLParser {
    /// How deeply mappings and sequences may nest before the reader gives up with an error.
    public static let maxDepth = 64

    /// Parses `text` whose first line is line `firstLine` of file `path`. Returns the root (a
    /// mapping; an empty document is an empty mapping) or nil with diagnostics.
    ///
    /// A UTF-8 byte order mark and CRLF line ends are tolerated. Every problem found is reported;
    /// after a problem the reader skips to the next entry, and stops at one it cannot get past
    /// (bad indentation, a tab, a second document).
    ///
    /// Control characters (other than tab and line feed) and bidirectional controls are errors
    /// at their position, typed or, in double quotes, escaped (`"\e"`, `"\u202E"`);
    /// `allowingControlEscapes` lets the escapes through, for reading back what `emitted()` wrote.
    public static func parse(_ text: String, path: String, firstLine: Int = 1, allowingControlEscapes: Bool = false)
        -> (root: YAMLNode?, diagnostics: [Diagnostic])
    {
        var reader = YAMLReader(YAMLLineScanner(text), path: path, firstLine: firstLine,
                                allowsControlEscapes: allowingControlEscapes)
        let root = reader.readDocument()
        return (reader.diagnostics.isEmpty ? root : nil, reader.diagnostics)
    }

    /// Like `parse`, but also returns the tree when every problem left the entries it was in
    /// readable (a full-width colon `title：…` is read as the `:` it meant; an invisible
    /// character is reported where it stands), so that the fields can still be checked and
    /// every error in the file reported at once. `complete` is false when an entry was skipped
    /// or the reader stopped; the tree is then nil.
    static func parseRecovering(_ text: String, path: String, firstLine: Int = 1)
        -> (root: YAMLNode?, diagnostics: [Diagnostic])
    {
        var reader = YAMLReader(YAMLLineScanner(text), path: path, firstLine: firstLine)
        let root = reader.readDocument()
        return (reader.skippedEntries ? nil : root, reader.diagnostics)
    }
}
