/// What the final scan of the staged files found in one file (`OutputProblem.leak`).
enum LeakFinding: Hashable, Sendable {
    /// Text of an item the gate kept out of the edition (the leak scanner's fingerprints).
    case forbiddenText
    /// A personal number in the text the file shows its reader, at a line and column of the file.
    case personalData(PersonalDataKind, masked: String, line: Int, column: Int)
    /// A file type the personal-data guard cannot read (`OutputFileType`), such as `.exe`.
    case uncheckedType(String)
}
