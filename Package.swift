// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "corpuslint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CorpusLint", targets: ["CorpusLint"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "Reporters", targets: ["Reporters"]),
        .executable(name: "corpuslint", targets: ["corpuslint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system libyaml: no vendored copy, no hand-written parser.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The only code that touches libyaml's C API.
        .target(name: "YAML", dependencies: ["CLibYAML"]),
        // PCRE2 with JIT, loaded at run time from the system runtime library (libpcre2-8.so.0,
        // present wherever grep is): no headers or -dev package needed to build.
        .target(name: "CPCRE2"),
        // Regular expressions over PCRE2, and the line classifier: the only code that touches PCRE2's C API.
        .target(name: "Regex", dependencies: ["CPCRE2", "Locking"]),
        // A POSIX mutex: the one thing the engine took from Foundation beyond FoundationEssentials.
        .target(name: "Locking"),
        .target(name: "CorpusLint", dependencies: ["YAML", "Regex", "Locking"], plugins: ["EmbedRulePacks"]),
        // Builds the shipped rule packs of rules/ into the library, composed ahead of time (see Plugins/EmbedRulePacks).
        .executableTarget(name: "RulePackEmbedder", dependencies: ["YAML"]),
        .plugin(name: "EmbedRulePacks", capability: .buildTool(), dependencies: ["RulePackEmbedder"]),
        // Output formats, one file each, over the engine's diagnostics.
        .target(name: "Reporters", dependencies: ["CorpusLint"]),
        // `corpuslint server`: the Language Server Protocol over the engine; the engine knows nothing of it.
        .target(name: "LanguageServer", dependencies: ["CorpusLint", "Locking"]),
        .executableTarget(
            name: "corpuslint",
            dependencies: [
                "CorpusLint",
                "Reporters",
                "LanguageServer",
                "YAML",
                "Locking",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What every test target shares: prerequisites that skip visibly (and fail on CI), the
        // shared folder beside the package, cost compared between n and 8n.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "TestSupport"]),
        .testTarget(name: "RegexTests", dependencies: ["Regex", "TestSupport"], exclude: ["PCRE2HeaderCheck.c"]),
        .testTarget(name: "CorpusLintTests", dependencies: ["CorpusLint", "YAML", "TestSupport"]),
        .testTarget(name: "ReportersTests", dependencies: ["Reporters", "CorpusLint", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "LanguageServerTests", dependencies: ["LanguageServer", "CorpusLint", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["corpuslint", "TestSupport"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
