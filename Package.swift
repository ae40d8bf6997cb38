// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gongkai",
    products: [
        .executable(name: "gongkai", targets: ["gongkai"]),
        .library(name: "GongkaiKit", targets: ["GongkaiKit"]),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "GongkaiKit",
            dependencies: ["Ccmark"]
        ),
        .executableTarget(
            name: "gongkai",
            dependencies: ["GongkaiKit"],
            plugins: ["BuildInfo"]
        ),
        .plugin(
            name: "BuildInfo",
            capability: .buildTool(),
            path: "Sources/BuildInfo"
        ),
        .testTarget(
            name: "GongkaiKitTests",
            dependencies: ["GongkaiKit", "Ccmark", "gongkai"]
        ),
    ]
)
