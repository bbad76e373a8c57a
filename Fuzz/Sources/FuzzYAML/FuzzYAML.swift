import YAML

/// One input through libyaml's events and the composer, with the limits front matter uses, then
/// every scalar typed by the core schema: each input must end in a tree or a positioned error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeRawBufferPointer(start: size == 0 ? nil : data, count: size)
    do throws(YAMLError) {
        try EventParser.parse(bytes, lineOffset: 1) { _ in }
    } catch {
        _ = error.description
    }
    do throws(YAMLError) {
        for document in try Composer.load(bytes) {
            var pending = document.root.map { [$0] } ?? []
            while let node = pending.popLast() {
                switch node.content {
                case .scalar:
                    _ = node.coreValue?.typeName
                    _ = node.scalarValue.flatMap(Timestamp.init)
                case let .mapping(pairs):
                    for pair in pairs { pending += [pair.key, pair.value] }
                case let .sequence(items):
                    pending += items
                case .alias:
                    break
                }
            }
        }
    } catch {
        _ = error.description
    }
    return 0
}
