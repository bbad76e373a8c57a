#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the files a linter was built from looked like (modification time and size, or absence),
/// so that a change to the configuration, a pack or the baseline is seen at the next lint,
/// whether or not the editor reports it.
struct FileStamps: Equatable {
    private var stamps: [String: String] = [:]

    /// Stamps `paths`; a folder (a pack folder) counts with the YAML files under it.
    init(_ paths: [String]) {
        let files = FileManager.default
        for path in paths {
            stamps[path] = Self.stamp(path)
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
            for entry in (try? files.subpathsOfDirectory(atPath: path)) ?? [] where entry.hasSuffix(".yml") || entry.hasSuffix(".yaml") {
                stamps[path + "/" + entry] = Self.stamp(path + "/" + entry)
            }
        }
    }

    private static func stamp(_ path: String) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "absent" }
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(modified) \(attributes[.size] as? Int ?? -1)"
    }
}
