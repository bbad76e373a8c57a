// swift-tools-version:5.4
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's entry point to
// `<target>_main` and links `main` to it, which a libFuzzer target (no entry point of its own;
// libFuzzer brings `main`) does not have. The targets still compile in Swift 6 mode (below).
import PackageDescription

// libFuzzer targets, kept out of the root package so that its `swift build` and `swift test`
// never build them. Build and run one with `scripts/fuzz TARGET SECONDS` from the root.
let package = Package(
    name: "corpuslint-fuzz",
    dependencies: [
        // Named explicitly: a path dependency is otherwise known by its folder's name.
        .package(name: "corpuslint", path: ".."),
    ],
    targets: [
        // The YAML layer: libyaml's events and the composer, with its limits.
        .executableTarget(name: "FuzzYAML", dependencies: [.product(name: "YAML", package: "corpuslint")]),
        // The document model: decoding, line index, front-matter split.
        .executableTarget(name: "FuzzDocument", dependencies: [.product(name: "CorpusLint", package: "corpuslint")]),
        // The rule-pack loader, the input being one pack file; loaded rules run their examples.
        .executableTarget(name: "FuzzPackLoader", dependencies: [.product(name: "CorpusLint", package: "corpuslint")]),
        // The rule-pack loader over real files on disk: `extends` chains inside a project,
        // confinement to it, and the run's limits.
        .executableTarget(name: "FuzzPackChain", dependencies: [.product(name: "CorpusLint", package: "corpuslint")]),
        // The whole engine on one document with the shipped UN pack.
        .executableTarget(name: "FuzzEngine", dependencies: [.product(name: "CorpusLint", package: "corpuslint")]),
    ]
)

// Only these targets link libFuzzer, whose `main` calls `LLVMFuzzerTestOneInput`. The code under
// test gets its coverage instrumentation from the command line of scripts/fuzz, at compile time
// only: linking libFuzzer into every executable would also give its `main` to RulePackEmbedder,
// the tool the root package builds and runs to embed its rule packs, and break the build.
for target in package.targets {
    target.swiftSettings = [.unsafeFlags(["-parse-as-library", "-swift-version", "6"])]
    target.linkerSettings = [.unsafeFlags(["-sanitize=fuzzer,address"])]
}
