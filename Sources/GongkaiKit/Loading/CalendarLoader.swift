import Foundation

/// Reads every `content/calendar/<year>.yaml` into a `WorkCalendar`.
///
/// No folder means no files: every year counts Monday to Friday only. A file not named
/// `<year>.yaml` (a misspelt `2026.yml` would silently change every deadline) is an error; hidden
/// files are skipped. Files with errors are left out of the calendar.
public enum CalendarLoader {
    /// The calendar folder, relative to the site root.
    public static let folder = "content/calendar"

    public static func load(root: URL) -> (calendar: WorkCalendar, diagnostics: [Diagnostic]) {
        let dir = root.appendingPathComponent(folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory) else { return (WorkCalendar(), []) }
        let top = SourceLocation(path: folder, line: 1, column: 1)
        guard isDirectory.boolValue, let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else {
            return (WorkCalendar(), [Diagnostic(.error, "calendar.unreadable", .calendar(.unreadableFolder), at: top)])
        }
        var years: [CalendarYear] = []
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = "\(folder)/\(name)"
            let start = SourceLocation(path: path, line: 1, column: 1)
            let url = dir.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            guard let year = year(fromFileName: name), !isFolder.boolValue else {
                diagnostics.append(misnamed(name, isFolder: isFolder.boolValue, at: start))
                continue
            }
            guard let bytes = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(Diagnostic(.error, "calendar.unreadable", .output(.unreadable), at: start))
                continue
            }
            let (file, notText) = SourceFile.decode(path: path, bytes: Array(bytes))
            guard let file else {
                diagnostics.append(notText!)
                continue
            }
            let (arrangement, problems) = CalendarDecoder.decode(file, year: year)
            diagnostics += problems
            if let arrangement { years.append(arrangement) }
        }
        return (WorkCalendar(years), diagnostics)
    }

    /// The year a file is for: `2026.yaml` → 2026.
    static func year(fromFileName name: String) -> Int? {
        guard name.hasSuffix(".yaml") else { return nil }
        let stem = name.dropLast(".yaml".count)
        guard stem.count == 4, stem.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(stem), year >= 1 else {
            return nil
        }
        return year
    }

    private static func misnamed(_ name: String, isFolder: Bool, at location: SourceLocation) -> Diagnostic {
        if isFolder { return Diagnostic(.error, "calendar.file-name", .calendar(.folderInside(name)), at: location) }
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        let hint: DiagnosticHint = digits.count == 4 ? .renameCalendarFile("\(digits).yaml") : .holidaysGoIn
        return Diagnostic(.error, "calendar.file-name", .calendar(.misnamed(name)), at: location, hint: hint)
    }
}
