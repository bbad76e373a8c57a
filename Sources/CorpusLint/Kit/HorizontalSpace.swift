extension StringProtocol {
    /// The text without the spaces and tabs at its ends (Unicode's space separators, Zs, and the
    /// tab): what Foundation's `trimmingCharacters(in: .whitespaces)` gives, without linking the
    /// part of Foundation that holds it (see `Locking.Lock` for why).
    func trimmingHorizontalSpace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, Self.isHorizontalSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, Self.isHorizontalSpace(last) { scalars.removeLast() }
        return String(scalars)
    }

    private static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}
