import CorpusLint

/// One input as a rule-pack file: it loads into rules or into positioned errors. Rules that load
/// then run their own examples through the engine, so fuzzed patterns and options meet documents.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPackLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let store = PackStore(bundled: ["fuzz/pack.yml": String(decoding: bytes, as: UTF8.self)])
    do throws(PackErrors) {
        let rules = try PackLoader.load(["fuzz"], store: store, baseDirectory: "/nonexistent")
        _ = ExampleRunner.run(rules)
    } catch {
        for error in error.errors {
            precondition(error.line >= 1 && error.column >= 1, "pack error without a position: \(error)")
        }
    }
    return 0
}
