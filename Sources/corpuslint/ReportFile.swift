import ArgumentParser
import Foundation

/// The file `--output` names, opened before the run so a path that cannot be written stops
/// it at once (exit code 2), and written as the report streams.
struct ReportFile {
    let path: String
    private let handle: FileHandle
    private var failure: String?

    init(_ path: String) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            Output.error("\(path): cannot write the report there (does the folder exist, and may it be written?)")
            throw ExitCode(2)
        }
        self.handle = handle
    }

    mutating func write(_ text: String) {
        guard failure == nil else { return }
        do { try handle.write(contentsOf: Data(text.utf8)) } catch { failure = "\(error)" }
    }

    func close() throws {
        try? handle.close()
        if let failure {
            Output.error("\(path): writing the report failed (\(failure))")
            throw ExitCode(2)
        }
    }
}
