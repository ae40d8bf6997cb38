import Foundation
import PackagePlugin

/// Writes `BuildCommit.swift` for the `gongkai` executable before every build: the commit the
/// sources come from (`git describe --always --dirty`), or `unknown` outside a Git checkout, so
/// `gongkai version` can say what it was built from. The file is rewritten only when the commit
/// changes, so an unchanged tree compiles nothing again.
@main
struct BuildInfo: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BuildCommit")
        let script = """
            root=$1; out=$2
            commit=$(git -C "$root" describe --always --dirty --abbrev=12 --exclude='*' 2>/dev/null) || commit=unknown
            mkdir -p "$out"
            text="/// The commit gongkai was built from (written by the BuildInfo plugin).
            let buildCommit = \\"$commit\\""
            [ "$(cat "$out/BuildCommit.swift" 2>/dev/null)" = "$text" ] || printf '%s\\n' "$text" > "$out/BuildCommit.swift"
            """
        return [.prebuildCommand(
            displayName: "Recording the commit gongkai is built from",
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", script, "sh", context.package.directoryURL.path, output.path],
            outputFilesDirectory: output)]
    }
}
