import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Locking

/// `--fix` and `--diff` over a run's inputs: each file read once, repaired in memory by a
/// `Fixer` on all cores, and handed back in input order; writing is the caller's choice.
public enum FixRun {
    /// One input's repair.
    public struct FileOutcome: Sendable {
        public var input: InputFile
        /// The bytes read: a write goes ahead only while the file still holds them.
        public var original: [UInt8]
        public var fixed: Fixer.Outcome
        public var path: String { input.path }
    }

    /// Repairs `inputs` on all cores and hands each outcome to `handle` in input order, a window of
    /// files at a time, so that a run holds no more than one window of texts (files that cannot be
    /// read are left to the lint run to report); `provided` holds bytes read elsewhere (standard
    /// input), by path.
    public static func fix<Inputs: RandomAccessCollection<InputFile>>(_ inputs: Inputs, fixer: Fixer, maxFileBytes: Int, jobs: Int,
                                                                     provided: [String: [UInt8]] = [:], handle: (FileOutcome) -> Void)
        where Inputs.Index == Int {
        let window = 256
        var start = 0
        while start < inputs.count {
            let slice = Array(inputs[start..<min(start + window, inputs.count)])
            fixWindow(slice, fixer: fixer, maxFileBytes: maxFileBytes, jobs: jobs, provided: provided).forEach(handle)
            start += window
        }
    }

    private static func fixWindow(_ inputs: [InputFile], fixer: Fixer, maxFileBytes: Int, jobs: Int,
                                  provided: [String: [UInt8]]) -> [FileOutcome] {
        let slots = Slots(count: inputs.count)
        let next = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, inputs.count))) { _ in
            while let batch = next.take(4, of: inputs.count) {
                for index in batch {
                    let input = inputs[index]
                    if case .problem = input { continue }
                    let read = provided[input.path].map { FileReader.Outcome.bytes($0) } ?? FileReader.read(input.pathBytes, maxBytes: maxFileBytes)
                    guard case let .bytes(bytes) = read, DocumentTriage.binaryFinding(path: input.path, bytes: bytes) == nil else { continue }
                    slots.set(index, FileOutcome(input: input, original: bytes, fixed: fixer.fix(path: input.path, bytes: bytes)))
                }
            }
        }
        return slots.values.compactMap { $0 }
    }

    /// One outcome per input, filled by the workers.
    private final class Slots: @unchecked Sendable {
        private let lock = Lock()
        private(set) var values: [FileOutcome?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: FileOutcome) {
            lock.lock()
            defer { lock.unlock() }
            values[index] = value
        }
    }
}
