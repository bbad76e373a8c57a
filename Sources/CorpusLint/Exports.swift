// Patterns are part of the engine's public face (checks match them through `DocumentContext`), so
// the Regex module comes with CorpusLint: a kind or a client imports one module.
@_exported import Regex
