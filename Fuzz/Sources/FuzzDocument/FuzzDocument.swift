import CorpusLint

/// One input as a document file: decoding, line index, front-matter split and YAML, then every
/// line and every problem's position read back, as reporters do.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let document = Document(path: "fuzz.md", bytes: bytes)
    for line in stride(from: 1, through: document.lines.count, by: 1) {
        _ = document.lineText(line)
    }
    for offset in stride(from: 0, to: document.text.count, by: max(1, document.text.count / 64)) {
        _ = document.position(ofByte: offset)
    }
    for problem in document.problems {
        precondition(problem.line >= 1 && problem.column >= 1, "problem without a position: \(problem)")
    }
    _ = document.frontMatter?["symbol"]?.coreValue
    return 0
}
