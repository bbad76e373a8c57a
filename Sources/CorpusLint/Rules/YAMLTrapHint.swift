/// Hints for the YAML mistakes people make in packs and configuration files, where libyaml's own
/// words ("while scanning an alias") do not say what to change.
enum YAMLTrapHint {
    /// libyaml's message with, when it is a known trap, how to write it instead.
    static func message(_ message: String) -> String {
        if message.contains("scanning an alias") || message.contains("scanning an anchor") {
            return message + "; hint: `*` and `&` open an alias or an anchor in YAML: quote a glob, as in '*.md' or '**/drafts/*'"
        }
        if message.contains("unknown escape character") {
            return message + "; hint: in double quotes `\\` starts an escape (\"\\d\" is an error): write a pattern in single quotes, as in '\\d+', or double each backslash"
        }
        if message.contains("found character that cannot start any token"), message.contains("`") || message.contains("@") {
            return message + "; hint: a value starting with ` or @ must be quoted"
        }
        return message
    }
}
