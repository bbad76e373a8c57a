import Foundation
import Testing
import YAML
@testable import CorpusLint

/// The rule-pack schema follows the kind registry and the kinds' own readers: every kind is in
/// it, and each kind's branch lists exactly the option keys its `make` reads.
@Suite struct RulePackSchemaTests {
    static let schema = RulePackSchema.schema
    static var kindNames: [String] { KindRegistry.kinds.map { $0.name } }

    /// The `then` of each `if kind == NAME`, by kind name.
    static var branches: [String: JSONValue] {
        guard case let .array(items)? = schema["definitions"]?["rule"]?["allOf"] else { return [:] }
        var result: [String: JSONValue] = [:]
        for item in items {
            if let name = item["if"]?["properties"]?["kind"]?["const"]?.stringValue, let then = item["then"] { result[name] = then }
        }
        return result
    }

    /// The option keys a kind's branch allows, the common rule keys left out.
    static func optionKeys(_ kind: String) -> Set<String> {
        Set(branches[kind]?["properties"]?.keys ?? []).subtracting(RuleReader.commonKeys)
    }

    @Test func everyKindOfTheRegistryIsInTheSchema() {
        let kinds = Self.schema["definitions"]?["rule"]?["properties"]?["kind"]?["enum"]
        #expect(kinds == .array(Self.kindNames.map { .string($0) }))
        #expect(Set(Self.branches.keys) == Set(Self.kindNames))
        #expect(Set(KindOptionSchemas.byKind.keys) == Set(Self.kindNames), "a kind without its options in KindOptionSchemas")
    }

    /// A value the schema accepts for `schema`: what a pack author could write; `full`: every
    /// key of every mapping, not only the required ones.
    static func sample(_ schema: JSONValue, full: Bool = false) -> JSONValue {
        if let name = schema["$ref"]?.stringValue, let target = Self.schema["definitions"]?[String(name.split(separator: "/").last!)] {
            return sample(target, full: full)
        }
        if case let .array(items)? = schema["allOf"], let first = items.first { return sample(first, full: full) }
        if case let .array(items)? = schema["anyOf"] {
            // The richest alternative when every key is wanted: a mapping over a word.
            let pick = full ? items.first { $0["type"] == "object" || $0["$ref"] != nil } ?? items.first : items.first
            if let pick { return sample(pick, full: full) }
        }
        if let value = schema["const"] { return value }
        if case let .array(words)? = schema["enum"], let first = words.first { return first }
        switch schema["type"] {
        case .string("integer")?: return schema["minimum"] ?? 1
        case .string("boolean")?: return true
        case .string("null")?: return ""
        case .string("array")?: return .array([sample(schema["items"] ?? "x", full: full)])
        case .string("object")?:
            if let properties = schema["properties"] {
                let required = (schema["required"].map { value -> [String] in
                    guard case let .array(keys) = value else { return [] }
                    return keys.compactMap(\.stringValue)
                }) ?? []
                return .object((full ? properties.keys : required).map { ($0, sample(properties[$0] ?? "x", full: full)) })
            }
            let key = schema["propertyNames"]?["pattern"] == "^[1-6]$" ? "1" : "a"
            return .object([(key, sample(schema["additionalProperties"] ?? "x", full: full))])
        default: return "(x)"  // a text, and a regular expression with the group some kinds need
        }
    }

    /// The keys a kind requires besides `id` and `kind`, one list per way of meeting them.
    static func requirements(_ branch: JSONValue) -> [[String]] {
        func strings(_ value: JSONValue?) -> [String] {
            guard case let .array(items)? = value else { return [] }
            return items.compactMap(\.stringValue)
        }
        let required = strings(branch["required"])
        guard case let .array(alternatives)? = branch["anyOf"] else { return [required] }
        return alternatives.map { required + strings($0["required"]) }
    }

    /// Runs `kind`'s `make` on a rule holding `keys` (with sample values); the keys it read and its errors.
    static func probe(_ kind: String, _ keys: [String], full: String? = nil) throws -> (read: Set<String>, errors: [String]) {
        let branch = try #require(branches[kind])
        let rule = JSONValue.object(keys.map { ($0, sample(branch["properties"]?[$0] ?? "x", full: $0 == full)) })
        let node = try #require(try Composer.load(rule.rendered).first?.root)
        let sink = ErrorSink()
        var reader = try #require(NodeReader(node, file: "probe.yml", sink: sink, what: "a rule"))
        _ = KindRegistry.byName[kind]!.make(&reader, KindEnvironment(zones: [], ruleID: "probe/rule"))
        reader.finish()
        return (Set(reader.used), sink.errors.map(\.message))
    }

    /// Each key a kind's schema branch allows is read by its `make` (beside the keys the kind
    /// requires), never called unknown; and `make` asks for no key the branch lacks.
    @Test(arguments: KindRegistry.kinds.map { $0.name })
    func aKindReadsExactlyTheKeysItsSchemaAllows(_ kind: String) throws {
        let keys = Self.optionKeys(kind)
        let ways = Self.requirements(try #require(Self.branches[kind]))
        var read = try Self.probe(kind, []).read
        for key in keys.sorted() {
            var accepted = false
            for way in ways {
                let (used, errors) = try Self.probe(kind, Array(Set(way + [key])).sorted())
                read.formUnion(used)
                if used.contains(key), !errors.contains(where: { $0.hasPrefix("unknown key `\(key)`") }) { accepted = true }
            }
            #expect(accepted, "\(kind): `\(key)` is in the schema, but the kind does not read it")
        }
        #expect(read.subtracting(keys).isEmpty, "\(kind) reads keys its schema branch lacks: \(read.subtracting(keys).sorted())")
    }

    /// Every key the schema allows inside an option (an operand's `transform`, a comparison's
    /// `days`, a level's `inline`, a marker's `weak`…), all given at once, is read by the kind:
    /// none is called unknown.
    @Test(arguments: KindRegistry.kinds.map { $0.name })
    func aKindReadsEveryNestedKeyItsSchemaAllows(_ kind: String) throws {
        let ways = Self.requirements(try #require(Self.branches[kind]))
        for key in Self.optionKeys(kind).sorted() {
            var unknown: [String] = []
            for way in ways {
                let (_, errors) = try Self.probe(kind, Array(Set(way + [key])).sorted(), full: key)
                unknown = errors.filter { $0.hasPrefix("unknown key") }
                if unknown.isEmpty { break }
            }
            #expect(unknown.isEmpty, "\(kind).\(key), every nested key given: \(unknown)")
        }
    }

    @Test func theKeysEveryRuleHasAreRuleReadersAndThePacksArePackLoaders() {
        #expect(Self.schema["definitions"]?["rule"]?["properties"]?.keys == RuleReader.commonKeys)
        #expect(Self.schema["properties"]?.keys == PackLoader.packKeys)
        #expect(Self.schema["additionalProperties"] == .bool(false))
    }

    @Test func eachBranchNamesTheKindsOutcomesUnderReports() {
        for kind in KindRegistry.kinds {
            let reports = Self.branches[kind.name]?["properties"]?["reports"]?["properties"]?.keys ?? []
            #expect(reports == kind.outcomes.map(\.name), "\(kind.name)")
        }
    }

    /// Hover shows help for every option: the kind's page says it, or the schema does.
    @Test func everyOptionIsDescribed() {
        for kind in Self.kindNames {
            for key in Self.optionKeys(kind) {
                let description = Self.branches[kind]?["properties"]?[key]?["description"]?.stringValue ?? ""
                #expect(description.count > 8, "\(kind).\(key) has no description")
            }
            #expect((Self.branches[kind]?["description"]?.stringValue ?? "").count > 40, "\(kind) has no description")
        }
    }

    @Test func theSchemaIsJSONAndDraft07() throws {
        let text = Self.schema.rendered
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(text == RulePackSchema.schema.rendered, "the output is the same from one run to the next")
    }

    @Test func theConfigurationSchemaHasEveryKeyTheConfigurationReads() throws {
        let schema = ConfigurationSchema.schema
        #expect(schema["properties"]?.keys == Configuration.knownKeys)
        #expect(schema["additionalProperties"] == .bool(false))
        _ = try #require(try JSONSerialization.jsonObject(with: Data(schema.rendered.utf8)) as? [String: Any])
    }
}
