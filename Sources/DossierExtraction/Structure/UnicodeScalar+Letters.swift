/// The letter and space properties the tokenizer, the features and the filters ask about, answered
/// inline for ASCII: the same answers as `properties`, whose lookup searches a table for every scalar.
extension Unicode.Scalar {
    /// `properties.isUppercase`.
    @inline(__always)
    var isUppercase: Bool { value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase }

    /// `properties.isLowercase`.
    @inline(__always)
    var isLowercase: Bool { value < 0x80 ? (0x61...0x7A).contains(value) : properties.isLowercase }

    /// `properties.isAlphabetic`.
    @inline(__always)
    var isAlphabetic: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic
    }

    /// `properties.isWhitespace` (ASCII: tab, line feed, vertical tab, form feed, carriage return, space).
    @inline(__always)
    var isWhitespace: Bool { value < 0x80 ? (0x09...0x0D).contains(value) || value == 0x20 : properties.isWhitespace }
}
