import Foundation

/// The shared spec suites (`CommonMark`, `mustache` …): `../shared/specs` beside the package root,
/// where CI clones them. The root is found from this file's path, so tests run from any directory.
func specsDirectory() -> URL {
    URL(fileURLWithPath: #filePath)  // <root>/Tests/GongkaiKitTests/SpecSupport.swift
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/specs", isDirectory: true)
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
