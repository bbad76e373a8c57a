/// The one place that lists the kinds of check.
enum KindRegistry {
    static let kinds: [any CheckKind.Type] = [
        DocumentStructureCheck.self,
        FieldsCheck.self,
        DateCheck.self,
        ExtractCheck.self,
        CompareCheck.self,
        ForbidCheck.self,
        RequireCheck.self,
        UniqueCheck.self,
        ReferencesCheck.self,
        RunningHeaderCheck.self,
        SequenceCheck.self,
        FileEndingCheck.self,
    ]

    static let byName: [String: any CheckKind.Type] = Dictionary(uniqueKeysWithValues: kinds.map { ($0.name, $0) })
}
