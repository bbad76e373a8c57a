/// What one run may load from rule packs. A pack can otherwise make a run unbounded: a pack of
/// 100,000 `forbid` patterns took 100 documents from 0.07 s to over two minutes, and a folder of
/// such packs reached 1.9 GB. Reaching a limit is a positioned error naming it and saying how to
/// raise it (`--pack-limit NAME=N`).
public struct PackLimits: Sendable, Equatable {
    /// Items in one list of a rule (`patterns`, and any other list a kind reads).
    public var patterns = 2_000
    /// Rules in the run, all packs together.
    public var rules = 10_000
    /// Bytes of pack files read in the run.
    public var bytes = 16 << 20
    /// Pack files read in the run (a folder pack reads every .yml under it).
    public var files = 2_000
    /// Packs in one chain of `extends`: the chain is walked without recursion, and this bounds it.
    public var depth = 64

    public init() {}

    public static let names = ["patterns", "rules", "bytes", "files", "depth"]

    /// Sets the limit called `name` (one of `names`); false for an unknown name.
    public mutating func set(_ name: String, _ value: Int) -> Bool {
        switch name {
        case "patterns": patterns = value
        case "rules": rules = value
        case "bytes": bytes = value
        case "files": files = value
        case "depth": depth = value
        default: return false
        }
        return true
    }

    /// `…, over the limit of N per X; raise it with --pack-limit NAME=M`.
    static func over(_ name: String, _ limit: Int, _ what: String, needed: Int? = nil) -> String {
        ", over the limit of \(limit) \(what); a trusted pack may raise it with `--pack-limit \(name)=\(needed.map(String.init) ?? "N")`"
    }
}
