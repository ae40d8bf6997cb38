import Foundation

/// The shared reference suites: `../shared/specs` beside the package root (in CI the repository is
/// cloned with `shared/` next to it). Spec text is read from there, never copied into the repo.
func specsDirectory() -> URL {
    URL(fileURLWithPath: #filePath)  // Tests/GongkaiKitTests/SpecSupport.swift
        .deletingLastPathComponent()  // Tests/GongkaiKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("../shared/specs")
        .standardizedFileURL
}
