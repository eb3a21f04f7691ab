import Foundation

/// A small JSON Schema (draft 2020-12) validator covering the keywords `Schemas/` uses:
/// type, const, enum, pattern, minLength, minimum, maximum, properties, required,
/// additionalProperties, items, minItems, $ref (to #/$defs), anyOf, oneOf, allOf.
/// It exists so that tests can check every event the code writes against its schema
/// without a network or a Python install.
public struct JSONSchemaValidator {
    let root: [String: Any]

    /// Loads a schema file.
    public init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw NSError(
                domain: "schema", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(path) is not a JSON object"])
        }
        root = object
    }

    /// The problems found validating `bytes` (empty when valid).
    public func validate(_ bytes: [UInt8]) -> [String] {
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return ["not JSON"]
        }
        var errors: [String] = []
        check(value, root, "$", &errors)
        return errors
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/$defs/") else { return schema }
        let name = String(ref.dropFirst("#/$defs/".count))
        return ((root["$defs"] as? [String: Any])?[name] as? [String: Any]) ?? [:]
    }

    private func typeName(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if let n = value as? NSNumber {
            let code = String(cString: n.objCType)
            if code == "c" || String(describing: type(of: n)).contains("Boolean") { return "boolean" }
            return code == "d" || code == "f" ? "number" : "integer"
        }
        if value is String { return "string" }
        if value is [Any] { return "array" }
        if value is [String: Any] { return "object" }
        return "unknown"
    }

    private func check(_ value: Any, _ rawSchema: [String: Any], _ path: String, _ errors: inout [String]) {
        let schema = resolve(rawSchema)
        let actual = typeName(value)
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [(type as? String) ?? ""]
            let ok = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !ok { errors.append("\(path): is \(actual), schema wants \(allowed.joined(separator: "|"))"); return }
        }
        if let c = schema["const"], !equal(c, value) { errors.append("\(path): must be \(c)") }
        if let options = schema["enum"] as? [Any], !options.contains(where: { equal($0, value) }) {
            errors.append("\(path): \(value) is not one of \(options)")
        }
        if let s = value as? String, actual == "string" {
            if let pattern = schema["pattern"] as? String,
                let regex = try? NSRegularExpression(pattern: pattern),
                regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) == nil
            {
                errors.append("\(path): '\(s.prefix(40))' does not match \(pattern)")
            }
            if let min = schema["minLength"] as? Int, s.unicodeScalars.count < min {
                errors.append("\(path): shorter than \(min)")
            }
        }
        if let n = value as? NSNumber, actual == "integer" || actual == "number" {
            if let min = schema["minimum"] as? NSNumber, n.doubleValue < min.doubleValue {
                errors.append("\(path): below \(min)")
            }
            if let max = schema["maximum"] as? NSNumber, n.doubleValue > max.doubleValue {
                errors.append("\(path): above \(max)")
            }
        }
        if let object = value as? [String: Any], actual == "object" {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                errors.append("\(path): missing required '\(key)'")
            }
            for (key, child) in object {
                if let sub = properties[key] as? [String: Any] {
                    check(child, sub, "\(path).\(key)", &errors)
                } else if let extra = schema["additionalProperties"] {
                    if let allowed = extra as? Bool, !allowed { errors.append("\(path): unexpected property '\(key)'") }
                    if let sub = extra as? [String: Any] { check(child, sub, "\(path).\(key)", &errors) }
                }
            }
        }
        if let array = value as? [Any], actual == "array" {
            if let min = schema["minItems"] as? Int, array.count < min {
                errors.append("\(path): fewer than \(min) items")
            }
            if let items = schema["items"] as? [String: Any] {
                for (i, item) in array.enumerated() { check(item, items, "\(path)[\(i)]", &errors) }
            }
        }
        if let all = schema["allOf"] as? [[String: Any]] { for s in all { check(value, s, path, &errors) } }
        if let any = schema["anyOf"] as? [[String: Any]] {
            if !any.contains(where: { s in
                var e: [String] = []; check(value, s, path, &e); return e.isEmpty
            }) {
                errors.append("\(path): matches none of anyOf")
            }
        }
        if let one = schema["oneOf"] as? [[String: Any]] {
            let matches = one.filter { s in
                var e: [String] = []; check(value, s, path, &e); return e.isEmpty
            }.count
            if matches != 1 { errors.append("\(path): matches \(matches) of oneOf, wants exactly 1") }
        }
    }

    private func equal(_ a: Any, _ b: Any) -> Bool {
        (a as? NSObject)?.isEqual(b) ?? false
    }
}

/// The repository root, found from a test file's `#filePath`.
public func repositoryRoot(_ filePath: String = #filePath) -> String {
    var url = URL(fileURLWithPath: filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
    }
    return FileManager.default.currentDirectoryPath
}
