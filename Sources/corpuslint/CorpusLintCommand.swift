import ArgumentParser
import CorpusLint
import Foundation

/// The command line: arguments in, the engine's findings out. It holds no checking logic.
@main
struct CorpusLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpuslint",
        abstract: "Validate and lint corpora of extracted documents (YAML front matter + extracted text)."
    )

    @Argument(help: "Files and folders to lint; folders are searched for *.md and *.txt.")
    var paths: [String] = ["."]

    func run() throws {
        var files = 0
        var findings = 0
        for path in paths {
            for file in FileWalker.documents(under: path) {
                files += 1
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("\(file):1:1: error: the file cannot be read")
                    findings += 1
                    continue
                }
                let document = Document(path: file, bytes: Array(data))
                for problem in document.problems {
                    print("\(file):\(problem.line):\(problem.column): error: \(problem.message) [\(problem.kind.rawValue)]")
                    findings += 1
                }
            }
        }
        print("\(files) files checked, \(findings) findings")
        if findings > 0 { throw ExitCode(1) }
    }
}
