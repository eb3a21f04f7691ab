import DossierEvents

/// Why an input could not be turned into articles; `message` says what failed and what to do.
public struct ExtractionError: DossierError, Equatable {
    /// The kind of failure, extensible.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's stable name.
        public var name: String
        /// Makes a code from its name.
        public init(_ name: String) { self.name = name }
        public var description: String { name }
        /// The input has no bytes.
        public static let empty = Code("empty")
        /// The input looks like a binary file (NUL bytes, control characters).
        public static let binary = Code("binary")
        /// The bytes are not valid in the declared or detected encoding.
        public static let invalidEncoding = Code("invalidEncoding")
        /// The input decoded but holds no text (e.g. HTML made only of markup).
        public static let noText = Code("noText")
        /// A JSON Lines record could not be read.
        public static let malformedRecord = Code("malformedRecord")
        /// The input is larger than the preparer accepts in one piece.
        public static let tooLarge = Code("tooLarge")
    }

    /// The kind of failure.
    public var code: Code
    /// What failed and what to do, naming the source and byte offset where relevant.
    public var message: String

    /// Makes an error from a code and a message.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// The input file has no bytes.
    public static func empty(source: String) -> ExtractionError {
        ExtractionError(
            code: .empty,
            message:
                "\(source): the file is empty; nothing to extract. Check the path or remove the file from the batch.")
    }

    /// The input looks like a binary file.
    public static func binary(source: String, offset: Int) -> ExtractionError {
        ExtractionError(
            code: .binary,
            message:
                "\(source): looks like a binary file (control byte at byte offset \(offset)); only text, HTML, Markdown and JSON Lines can be extracted."
        )
    }

    /// The bytes are invalid in the named encoding.
    public static func invalidEncoding(source: String, encoding: String, offset: Int) -> ExtractionError {
        ExtractionError(
            code: .invalidEncoding,
            message: "\(source): invalid \(encoding) at byte offset \(offset); re-save the file as UTF-8.")
    }

    /// The input decoded but no text remained after conversion and cleaning.
    public static func noText(source: String, format: String) -> ExtractionError {
        ExtractionError(
            code: .noText,
            message:
                "\(source): no article text found in this \(format) input (only markup, furniture or whitespace); check that the file holds an article."
        )
    }

    /// A JSON Lines record could not be read.
    public static func malformedRecord(source: String, line: Int, offset: Int, reason: String) -> ExtractionError {
        ExtractionError(
            code: .malformedRecord,
            message:
                "\(source): JSON Lines record on line \(line) (byte offset \(offset)) \(reason); fix or remove that line."
        )
    }

    /// The input exceeds the size limit for one document.
    public static func tooLarge(source: String, size: Int, limit: Int) -> ExtractionError {
        ExtractionError(
            code: .tooLarge,
            message:
                "\(source): \(size) bytes is more than the \(limit)-byte limit for one article; split the file (JSON Lines, one article per line, has no overall limit)."
        )
    }
}
