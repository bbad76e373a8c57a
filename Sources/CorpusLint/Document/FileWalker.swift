import Foundation

/// Finds the documents named by a path: the file itself, or the `*.md` and `*.txt` files below a folder.
public enum FileWalker {
    public static let defaultExtensions: Set<String> = ["md", "txt"]

    /// Files in a stable (sorted) order, so every run reports in the same order.
    public static func documents(under path: String, extensions: Set<String> = defaultExtensions) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard extensions.contains((relative as NSString).pathExtension.lowercased()) else { continue }
            found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
        }
        return found.sorted()
    }
}
