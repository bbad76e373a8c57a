import CorpusLint

/// The shipped UN pack, loaded once for the whole run.
private let linter: Linter = {
    do {
        return Linter(rules: try PackLoader.load(["un"]))
    } catch {
        fatalError("the shipped UN pack does not load: \(error)")
    }
}()

/// One input as a document linted by the whole engine with the shipped UN pack.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEngine(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    for diagnostic in linter.lint(path: "A_RES_80_1-EN.md", bytes: bytes) {
        precondition(diagnostic.line >= 1 && diagnostic.column >= 1, "finding without a position: \(diagnostic)")
    }
    return 0
}
