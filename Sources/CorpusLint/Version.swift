/// The version corpuslint reports in its outputs.
public enum CorpusLintVersion {
    public static let current = "0.2.0"
}
