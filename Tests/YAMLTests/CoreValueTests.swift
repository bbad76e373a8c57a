import Testing
import YAML

@Suite struct CoreValueTests {
    @Test(arguments: [
        ("", CoreValue.null), ("~", .null), ("null", .null), ("NULL", .null),
        ("true", .bool(true)), ("False", .bool(false)),
        ("42", .int(text: "42", value: 42)), ("-7", .int(text: "-7", value: -7)), ("0o17", .int(text: "0o17", value: 15)),
        ("0x1F", .int(text: "0x1F", value: 31)),
        ("99999999999999999999999", .int(text: "99999999999999999999999", value: nil)),
        ("1.5", .float(1.5)), (".5", .float(0.5)), ("1e3", .float(1000)), ("-.inf", .float(-.infinity)),
        ("yes", .string("yes")), ("2025-12-03", .string("2025-12-03")), ("1.1.0", .string("1.1.0")), ("0o8", .string("0o8")),
        ("1e", .string("1e")), ("A/RES/80/35", .string("A/RES/80/35")),
    ])
    func plainScalarsAreTypedByTheCoreSchema(text: String, expected: CoreValue) {
        #expect(CoreValue(scalar: text, style: .plain, tag: nil) == expected)
    }

    @Test func nanIsAFloat() {
        guard case let .float(value) = CoreValue(scalar: ".nan", style: .plain, tag: nil) else { Issue.record("expected a float"); return }
        #expect(value.isNaN)
    }

    @Test(arguments: [ScalarStyle.singleQuoted, .doubleQuoted, .literal, .folded])
    func quotedAndBlockScalarsAreAlwaysStrings(style: ScalarStyle) {
        #expect(CoreValue(scalar: "4095491", style: style, tag: nil) == .string("4095491"))
        #expect(CoreValue(scalar: "true", style: style, tag: nil) == .string("true"))
    }

    @Test func explicitTagsDecide() {
        #expect(CoreValue(scalar: "12", style: .plain, tag: "tag:yaml.org,2002:str") == .string("12"))
        #expect(CoreValue(scalar: "12", style: .plain, tag: "!") == .string("12"))
        #expect(CoreValue(scalar: "12", style: .doubleQuoted, tag: "tag:yaml.org,2002:int") == .int(text: "12", value: 12))
        #expect(CoreValue(scalar: "x", style: .plain, tag: "tag:yaml.org,2002:int") == .string("x"))
        #expect(CoreValue(scalar: "x", style: .plain, tag: nil).typeName == "string")
    }
}
