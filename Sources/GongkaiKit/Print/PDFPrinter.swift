import Foundation

/// Prints the print edition to PDF with a local Chromium, headless: every page under
/// `<edition>/print/` in the staging area becomes `<edition>/print/pdf/…` (see
/// `PrintPaths.pdf(for:)`), written into the staging area before the swap, so a failed print
/// leaves the previous site as it was. PDFs embed the time they were printed: unlike the HTML,
/// they are not byte-for-byte reproducible.
struct PDFPrinter {
    static let names = ["chromium", "chromium-browser", "google-chrome"]
    static let install = "apt-get install chromium fonts-noto-cjk"

    let chromium: String
    let options: PDFOptions

    enum Located {
        case found(String)
        case missing(Diagnostic)
    }

    /// The Chromium to use, or the diagnostic that says why there is none.
    static func locate(_ options: PDFOptions) -> Located {
        let fm = FileManager.default
        if let given = options.chromium {
            if fm.isExecutableFile(atPath: given) && !isDirectory(given) { return .found(given) }
            if !given.contains("/"), let found = search(given, on: options.searchPath) { return .found(found) }
            return .missing(Diagnostic(.error, "print.bad-chromium", .output(.badChromium(given)), hint: .chromiumPath))
        }
        for name in names {
            if let found = search(name, on: options.searchPath) { return .found(found) }
        }
        return .missing(Diagnostic(.error, "print.no-chromium", .output(.noChromium(lookedFor: names)),
                                   hint: .installChromium(install)))
    }

    /// Prints every print page of every edition; returns how many PDFs were printed. A page whose
    /// HTML is unchanged since the previous build, printed by the same Chromium, keeps its PDF.
    func printAll(in staging: StagingArea) throws -> Int {
        let pages = Self.pages(in: staging.directory)
        let chromiumIdentity = BuildIdentity.executable(chromium) ?? Fingerprint(chromium)
        var toPrint: [String] = []
        var pdfKeys: [String: Fingerprint] = [:]
        for page in pages {
            guard let html = staging.recordedKey(of: page) else {
                toPrint.append(page)
                continue
            }
            var key = Fingerprint("pdf")
            key.add(html)
            key.add(chromiumIdentity)
            pdfKeys[page] = key
            if try staging.reuse(PrintPaths.pdfInEdition(page), key: key) == nil { toPrint.append(page) }
        }
        let jobs = toPrint, keys = pdfKeys
        if jobs.isEmpty { return 0 }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-pdf-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let queue = JobQueue(count: jobs.count)
        let group = DispatchGroup()
        for worker in 0..<max(1, min(options.parallelism, jobs.count)) {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                let profile = scratch.appendingPathComponent("profile-\(worker)")
                while let i = queue.next() {
                    do {
                        let pdf = try printOne(jobs[i], staging: staging, scratch: scratch, profile: profile, number: i)
                        try staging.write(PrintPaths.pdfInEdition(jobs[i]), Array(pdf), cacheKey: keys[jobs[i]], sha256: nil)
                    } catch {
                        queue.fail(error)
                    }
                }
            }
        }
        group.wait()
        if let error = queue.failure { throw error }
        return jobs.count
    }

    private func printOne(_ page: String, staging: StagingArea, scratch: URL, profile: URL,
                          number: Int) throws -> Data {
        let input = staging.directory.appendingPathComponent(page)
        let output = scratch.appendingPathComponent("page-\(number).pdf")
        let log = scratch.appendingPathComponent("page-\(number).log")
        let process = ChildProcess(executable: chromium, arguments: [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
            "--no-first-run", "--user-data-dir=\(profile.path)", "--print-to-pdf=\(output.path)",
            input.absoluteString,
        ])
        let outcome = try process.run(log: log, timeout: options.timeout)
        let data = FileManager.default.contents(atPath: output.path)
        if outcome == .exited(0), let data, data.starts(with: Array("%PDF-".utf8)) { return data }
        let why: String
        switch outcome {
        case .timedOut: why = "it did not finish within \(Int(options.timeout)) s"
        case let .signalled(s): why = "it was killed by signal \(s)"
        case let .exited(code): why = code == 0 ? "it wrote no PDF" : "it exited with status \(code)"
        }
        let said = Self.lastWords(log)
        throw PrintFailure(message: "Chromium (\(chromium)) could not print \(page) to PDF: \(why)"
                           + (said.isEmpty ? "" : "; it said: \(said)"))
    }

    /// The HTML pages of every edition's print edition, by path in the staging area.
    static func pages(in root: URL) -> [String] {
        var out: [String] = []
        for edition in Edition.allCases {
            let base = "\(edition.rawValue)/\(PrintPaths.folder)"
            guard let e = FileManager.default.enumerator(atPath: root.appendingPathComponent(base).path) else { continue }
            while let rel = e.nextObject() as? String {
                if rel.hasSuffix(".html") && !rel.hasPrefix("pdf/") { out.append(base + rel) }
            }
        }
        return out.sorted()
    }

    /// The last line Chromium printed that is not its usual noise about D-Bus.
    private static func lastWords(_ log: URL) -> String {
        guard let data = FileManager.default.contents(atPath: log.path) else { return "" }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
            .filter { !$0.contains("dbus") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return lines.last.map { String($0.prefix(300)) } ?? ""
    }

    private static func search(_ name: String, on searchPath: String) -> String? {
        for dir in searchPath.split(separator: ":") where !dir.isEmpty {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) && !isDirectory(path) { return path }
        }
        return nil
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}

/// Hands out job numbers to the print workers and keeps the first failure; after a failure no
/// new job starts.
private final class JobQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var nextIndex = 0
    private var firstFailure: Error?

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.withLock {
            guard firstFailure == nil, nextIndex < count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    func fail(_ error: Error) { lock.withLock { if firstFailure == nil { firstFailure = error } } }

    var failure: Error? { lock.withLock { firstFailure } }
}
