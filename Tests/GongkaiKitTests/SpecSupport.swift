import Foundation

/// The conformance suites and tables the tests read (`CommonMark`, `mustache` …), kept in the
/// repository with their licences: `Tests/Fixtures/specs`.
func specsDirectory() -> URL {
    packageRoot.appendingPathComponent("Tests/Fixtures/specs", isDirectory: true)
}

/// A spec file parsed as JSON (`JSONSerialization` objects), or a message saying why it could not be.
func loadSpecJSON(_ relativePath: String) -> Result<Any, SpecLoadError> {
    let url = specsDirectory().appendingPathComponent(relativePath)
    do {
        let data = try Data(contentsOf: url)
        return .success(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    } catch {
        return .failure(SpecLoadError(message: "cannot read \(url.path): \(error)"))
    }
}

struct SpecLoadError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
