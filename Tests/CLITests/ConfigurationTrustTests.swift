import Foundation
import Testing

/// A `.corpuslint.yml` may come with the files it sits among (a corpus cloned from elsewhere), so
/// it is not trusted: its packs and their `extends` stay inside its project (its git work tree,
/// or its folder) unless the command line says otherwise, a file that is not a pack or a
/// configuration is named and never quoted, and one found above the git work tree is said aloud.
@Suite struct ConfigurationTrustTests {
    static let secret = "root: SECRETHASHVALUE\ndaemon: SECRETDAEMON\n"
    /// Like /etc/shadow: not even YAML that libyaml accepts.
    static let shadow = "root:$6$SECRETHASHVALUE$abcdef:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n"

    /// `outside/secret.yml` (not a pack), `outside/pack.yml` (a pack) and `project/docs/doc.md`.
    static func layout() throws -> URL {
        let root = try Robustness.scratch()
        let outside = try root.appendingPathComponent("outside", isDirectory: true).creatingFolder()
        try secret.write(to: outside.appendingPathComponent("secret.yml"), atomically: true, encoding: .utf8)
        try shadow.write(to: outside.appendingPathComponent("shadow"), atomically: true, encoding: .utf8)
        try "pack: outside\nrules: []\n".write(to: outside.appendingPathComponent("pack.yml"), atomically: true, encoding: .utf8)
        let docs = try root.appendingPathComponent("project/docs", isDirectory: true).creatingFolder()
        try "No front matter.\n".write(to: docs.appendingPathComponent("doc.md"), atomically: true, encoding: .utf8)
        return root
    }

    static func configure(_ root: URL, _ text: String) throws {
        try text.write(to: root.appendingPathComponent("project/.corpuslint.yml"), atomically: true, encoding: .utf8)
    }

    @Test func packsOutsideTheProjectNeedTheCommandLine() throws {
        let root = try Self.layout()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = root.appendingPathComponent("project")
        for reference in ["\(root.path)/outside/secret.yml", "../outside/pack.yml", "\(root.path)/outside", "/etc/passwd"] {
            try Self.configure(root, "packs: [core, '\(reference)']\n")
            let refused = try CLIRunner.run(["docs"], in: project)
            #expect(refused.status == 2, "\(reference)")
            #expect(refused.stderr.contains(".corpuslint.yml:1:15: rule pack `\(reference)` is outside the configuration's project"), "\(refused.stderr)")
            #expect(refused.stderr.contains("--allow-outside-packs"))
            #expect(!refused.stderr.contains("SECRET") && !refused.stderr.contains("root:"), "\(refused.stderr)")
        }
        try Self.configure(root, "packs: [core, ../outside/pack.yml]\n")
        #expect(try CLIRunner.run(["--allow-outside-packs", "docs"], in: project).status == 1)
        #expect(try CLIRunner.run(["--rules", "core", "--rules", "../outside/pack.yml", "docs"], in: project).status == 1)
    }

    @Test func extendsAndLinksThatLeaveTheProjectAreRefusedToo() throws {
        let root = try Self.layout()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = root.appendingPathComponent("project")
        try "pack: inside\nextends: [../outside/pack.yml]\nrules: []\n".write(to: project.appendingPathComponent("inside.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: project.appendingPathComponent("linked.yml").path, withDestinationPath: root.path + "/outside/secret.yml")
        try Self.configure(root, "packs: [inside.yml]\n")
        let extends = try CLIRunner.run(["docs"], in: project)
        #expect(extends.status == 2)
        #expect(extends.stderr.contains("inside.yml:2:10: rule pack `../outside/pack.yml` is outside the configuration's project"), "\(extends.stderr)")
        try Self.configure(root, "packs: [linked.yml]\n")
        let linked = try CLIRunner.run(["docs"], in: project)
        #expect(linked.status == 2)
        #expect(linked.stderr.contains("rule pack `linked.yml` is outside the configuration's project"), "\(linked.stderr)")
        #expect(!linked.stderr.contains("SECRET"))
    }

    @Test func theGitWorkTreeIsTheProject() throws {
        let root = try Self.layout()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Self.configure(root, "packs: [core, ../outside/pack.yml]\n")
        // `outside/` is inside the work tree the configuration is in: allowed.
        #expect(try CLIRunner.run(["docs"], in: root.appendingPathComponent("project")).status == 1)
    }

    @Test func aFileThatIsNotAPackOrAConfigurationIsNamedNotQuoted() throws {
        let root = try Self.layout()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = root.appendingPathComponent("project")
        let pack = try CLIRunner.run(["--rules", "../outside/secret.yml", "docs"], in: project)
        #expect(pack.status == 2)
        #expect(pack.stderr == "../outside/secret.yml:1:1: not a rule pack: none of its keys is one of pack, description, extends, applies-to, zones, severity, rules "
                + "(its content is not shown)\n", "\(pack.stderr)")
        let shadow = try CLIRunner.run(["--rules", "../outside/shadow", "docs"], in: project)
        #expect(shadow.status == 2)
        #expect(shadow.stderr == "../outside/shadow:1:1: not a rule pack: none of its keys is one of pack, description, extends, applies-to, zones, severity, rules "
                + "(its content is not shown)\n", "\(shadow.stderr)")
        try FileManager.default.createSymbolicLink(atPath: project.appendingPathComponent(".corpuslint.yml").path, withDestinationPath: root.path + "/outside/secret.yml")
        let configuration = try CLIRunner.run(["docs"], in: project)
        #expect(configuration.status == 2)
        #expect(configuration.stderr.contains(".corpuslint.yml:1:1: not a corpuslint configuration: none of its keys is one of packs, include, exclude"),
                "\(configuration.stderr)")
        #expect(configuration.stderr.hasSuffix("(its content is not shown)\n"),
                "\(configuration.stderr)")
        #expect(!configuration.stderr.contains("SECRET"))
        // A configuration that is a device is not read (a link to /dev/zero would never end).
        try FileManager.default.removeItem(at: project.appendingPathComponent(".corpuslint.yml"))
        try FileManager.default.createSymbolicLink(atPath: project.appendingPathComponent(".corpuslint.yml").path, withDestinationPath: "/dev/zero")
        let device = try CLIRunner.run(["docs"], in: project)
        #expect(device.status == 2)
        #expect(device.stderr.contains("cannot read the configuration file (it is not a regular file)"), "\(device.stderr)")
    }

    @Test func aConfigurationAboveTheGitWorkTreeIsSaidAloud() throws {
        let root = try Self.layout()
        defer { try? FileManager.default.removeItem(at: root) }
        try "packs: [core]\n".write(to: root.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        let project = root.appendingPathComponent("project")
        let quiet = try CLIRunner.run(["docs"], in: project)
        #expect(quiet.status == 1)
        #expect(quiet.stderr.isEmpty, "no git work tree: the nearest configuration, as always")
        try FileManager.default.createDirectory(at: project.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let above = try CLIRunner.run(["docs"], in: project)
        #expect(above.status == 1)
        #expect(above.stderr == "corpuslint: using the configuration \(root.path)/.corpuslint.yml, found above this git work tree (\(project.path)); "
                + "--no-config ignores it, --config names another\n", "\(above.stderr)")
    }

    /// `--config cfg.yml`, a bare name, read its relative packs from `/`.
    @Test func aBareConfigurationNameReadsPacksBesideIt() throws {
        let root = try Self.layout()
        defer { try? FileManager.default.removeItem(at: root) }
        let project = root.appendingPathComponent("project")
        try "pack: mine\nextends: [core]\nrules: []\n".write(to: project.appendingPathComponent("mine.yml"), atomically: true, encoding: .utf8)
        try "packs: [mine.yml]\n".write(to: project.appendingPathComponent("cfg.yml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["--config", "cfg.yml", "docs"], in: project)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("docs/doc.md:1:1: error: the file does not start with a `---` front-matter block [front-matter/missing]"))
    }
}
