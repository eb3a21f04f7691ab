/// Encodes any `Encodable` into a ``CanonicalValue`` and canonical bytes.
///
/// Floating-point values are refused: events hold integers only (scores in per-mille).
/// `nil` optionals are omitted, never written as `null`.
public enum CanonicalJSON {
    /// The canonical UTF-8 JSON bytes of `value`.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        try canonicalValue(of: value).serialized()
    }

    /// The ``CanonicalValue`` tree of `value`.
    public static func canonicalValue<T: Encodable>(of value: T) throws -> CanonicalValue {
        if let direct = value as? CanonicalValue { return direct }
        let encoder = TreeEncoder(codingPath: [])
        try value.encode(to: encoder)
        return encoder.storage.value ?? .object([:])
    }
}

/// A mutable node while encoding; turned into a ``CanonicalValue`` at the end.
final class Node {
    enum Mode { case unset, leaf, object, array }
    var mode: Mode = .unset
    var leaf: CanonicalValue = .null
    var members: [(String, Node)] = []
    var items: [Node] = []

    func setLeaf(_ value: CanonicalValue) { mode = .leaf; leaf = value }

    var value: CanonicalValue? {
        switch mode {
        case .unset: return nil
        case .leaf: return leaf
        case .object:
            var dict: [String: CanonicalValue] = [:]
            dict.reserveCapacity(members.count)
            for (key, node) in members { if let v = node.value { dict[key] = v } }
            return .object(dict)
        case .array: return .array(items.map { $0.value ?? .null })
        }
    }
}

struct TreeEncoder: Encoder {
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let storage: Node

    init(codingPath: [any CodingKey], storage: Node = Node()) {
        self.codingPath = codingPath
        self.storage = storage
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if storage.mode != .object { storage.mode = .object; storage.members = [] }
        return KeyedEncodingContainer(KeyedTreeContainer<Key>(node: storage, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if storage.mode != .array { storage.mode = .array; storage.items = [] }
        return UnkeyedTreeContainer(node: storage, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTreeContainer(node: storage, codingPath: codingPath)
    }
}

func floatRefused(_ path: [any CodingKey]) -> EncodingError {
    EncodingError.invalidValue(
        0.0,
        .init(
            codingPath: path,
            debugDescription:
                "floating point is not allowed in events; use an integer (e.g. per-mille)"))
}

func encodeLeaf<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> Node {
    let node = Node()
    try value.encode(to: TreeEncoder(codingPath: path, storage: node))
    return node
}

struct SingleTreeContainer: SingleValueEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]
    mutating func encodeNil() throws { node.setLeaf(.null) }
    mutating func encode(_ value: Bool) throws { node.setLeaf(.bool(value)) }
    mutating func encode(_ value: String) throws { node.setLeaf(.string(value)) }
    mutating func encode(_ value: Double) throws { throw floatRefused(codingPath) }
    mutating func encode(_ value: Float) throws { throw floatRefused(codingPath) }
    mutating func encode(_ value: Int) throws { node.setLeaf(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { node.setLeaf(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { node.setLeaf(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { node.setLeaf(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { node.setLeaf(.int(value)) }
    mutating func encode(_ value: UInt) throws { try encode(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { node.setLeaf(.int(Int64(value))) }
    mutating func encode(_ value: UInt16) throws { node.setLeaf(.int(Int64(value))) }
    mutating func encode(_ value: UInt32) throws { node.setLeaf(.int(Int64(value))) }
    mutating func encode(_ value: UInt64) throws {
        guard let v = Int64(exactly: value) else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: codingPath, debugDescription: "integer exceeds Int64"))
        }
        node.setLeaf(.int(v))
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        if let v = value as? CanonicalValue { node.setLeaf(v); return }
        try value.encode(to: TreeEncoder(codingPath: codingPath, storage: node))
    }
}

struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    var codingPath: [any CodingKey]

    private func set(_ key: Key, _ child: Node) {
        let name = key.stringValue
        if let existing = node.members.firstIndex(where: { $0.0 == name }) {
            node.members[existing] = (name, child)
        } else {
            node.members.append((name, child))
        }
    }
    private func leaf(_ value: CanonicalValue) -> Node { let n = Node(); n.setLeaf(value); return n }

    mutating func encodeNil(forKey key: Key) throws { set(key, leaf(.null)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(key, leaf(.bool(value))) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(key, leaf(.string(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(key, leaf(.int(Int64(value)))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(key, leaf(.int(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw floatRefused(codingPath + [key]) }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw floatRefused(codingPath + [key]) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(key, try encodeLeaf(value, path: codingPath + [key]))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = Node()
        child.mode = .object
        set(key, child)
        return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = Node()
        child.mode = .array
        set(key, child)
        return UnkeyedTreeContainer(node: child, codingPath: codingPath + [key])
    }
    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = Node()
        set(key, child)
        return TreeEncoder(codingPath: codingPath + [key], storage: child)
    }
}

struct IndexKey: CodingKey {
    var stringValue: String { String(intValue ?? 0) }
    var intValue: Int?
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]
    var count: Int {
        node.items.count
    }
    private func append(_ child: Node) { node.items.append(child) }
    mutating func encodeNil() throws { let n = Node(); n.setLeaf(.null); append(n) }
    mutating func encode(_ value: Double) throws { throw floatRefused(codingPath + [IndexKey(count)]) }
    mutating func encode(_ value: Float) throws { throw floatRefused(codingPath + [IndexKey(count)]) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        append(try encodeLeaf(value, path: codingPath + [IndexKey(count)]))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        let child = Node()
        child.mode = .object
        let path = codingPath + [IndexKey(count)]
        append(child)
        return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(node: child, codingPath: path))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = Node()
        child.mode = .array
        let path = codingPath + [IndexKey(count)]
        append(child)
        return UnkeyedTreeContainer(node: child, codingPath: path)
    }
    mutating func superEncoder() -> any Encoder {
        let child = Node()
        let path = codingPath + [IndexKey(count)]
        append(child)
        return TreeEncoder(codingPath: path, storage: child)
    }
}
