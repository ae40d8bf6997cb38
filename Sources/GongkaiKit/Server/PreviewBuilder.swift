import Foundation

/// Builds one edition into a fresh folder under the work directory for every build (so the
/// folder being served is never written to), and publishes the result in `PreviewState`. A
/// failed build leaves the last good one in place. Keeps the newest two good builds and deletes
/// older ones.
final class PreviewBuilder: @unchecked Sendable {
    let options: PreviewOptions
    let workDirectory: URL
    let state: PreviewState
    private let session = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private var number = 0
    private var kept: [URL] = []
    /// Decoded items and leak scanners kept from build to build.
    private let memory = BuildMemory()
    /// The time zone the last build read from site.yaml, to notice midnight between builds.
    private(set) var timeZone = "Asia/Shanghai"
    private(set) var lastAsOf: LocalDate?

    init(options: PreviewOptions, workDirectory: URL, state: PreviewState) {
        self.options = options
        self.workDirectory = workDirectory
        self.state = state
    }

    /// The as-of date a build started now would use.
    func currentAsOf() -> Result<LocalDate, AsOf.Failure> {
        if let fixed = options.asOf { return .success(fixed) }
        return AsOf.resolve(flag: nil, environment: options.environment, timeZone: timeZone, now: options.clock())
    }

    func build(changed: [String]) -> PreviewBuild {
        number += 1
        let started = Date()
        timeZone = AsOf.siteTimeZone(root: options.root) ?? timeZone
        var result = PreviewBuild(number: number, seconds: 0, changed: changed)
        switch currentAsOf() {
        case let .failure(f):
            result.failure = f.description
        case let .success(asOf):
            result.asOf = asOf
            lastAsOf = asOf
            let out = workDirectory.appendingPathComponent("build-\(number)")
            var build = BuildOptions(root: options.root, out: out, asOf: asOf, drafts: options.drafts)
            build.editions = [options.edition]
            // Pages that did not change are taken over from the build being served.
            build.reuse = kept.last
            build.memory = memory
            build.language = options.language
            do {
                result.summary = try SiteBuilder.build(build)
            } catch {
                result.failure = error.localizedDescription
            }
            if result.ok { keep(out) }
        }
        result.seconds = Date().timeIntervalSince(started)
        result.serving = publish(result)
        return result
    }

    /// Returns whether a good build is served afterwards.
    private func publish(_ result: PreviewBuild) -> Bool {
        let folder = result.ok
            ? StaticFileResolver(folder: workDirectory.appendingPathComponent("build-\(result.number)/\(options.edition.rawValue)").path)
            : nil
        state.update { s in
            s.ok = result.ok && folder != nil
            s.diagnostics = DiagnosticBag.sorted(result.summary?.diagnostics ?? [])
            s.failure = result.failure
            s.asOf = result.asOf ?? s.asOf
            s.language = options.language?.rawValue ?? result.summary?.language ?? s.language
            if let folder {
                s.folder = folder
                s.buildID = "\(session)-\(result.number)"
            }
        }
        return state.snapshot().folder != nil
    }

    /// Deletes builds no longer served, after the new one is: deleting ten thousand files must
    /// not delay the preview.
    private let cleanup = DispatchQueue(label: "gongkai.preview.cleanup", qos: .utility)

    private func keep(_ folder: URL) {
        kept.append(folder)
        while kept.count > 2 {
            let old = kept.removeFirst()
            cleanup.async { try? FileManager.default.removeItem(at: old) }
        }
    }
}
