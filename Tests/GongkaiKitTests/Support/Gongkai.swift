import Foundation

/// What a run of the built `gongkai` binary (or another program) printed, and its exit status.
struct GongkaiRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The `gongkai` executable built beside the test bundle.
let gongkaiBinary: URL = {
    let candidates = [Bundle.main.executableURL?.deletingLastPathComponent(),
                      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                      Bundle(for: BundleFinder.self).bundleURL.deletingLastPathComponent()]
    for dir in candidates.compactMap({ $0 }) {
        let url = dir.appendingPathComponent("gongkai")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return packageRoot.appendingPathComponent(".build/debug/gongkai")
}()

private final class BundleFinder {}

func gongkai(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> GongkaiRun {
    try runProgram(gongkaiBinary, arguments, in: directory, environment: environment)
}

/// Runs `executable` as `gongkai` runs the binary: `NO_COLOR` set, `environment` added.
func runProgram(_ executable: URL, _ arguments: [String], in directory: URL,
                environment: [String: String] = [:]) throws -> GongkaiRun {
    let p = Process()
    p.executableURL = executable
    p.arguments = arguments
    p.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    // Read both pipes before waiting so a full pipe cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data(), errData = Data()
    group.enter()
    DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    return GongkaiRun(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
}
