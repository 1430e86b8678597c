import Foundation

/// A path template of a description (`/identities/{id}/:issueAccessToken`), matched against request paths.
///
/// Operations of different api-versions are recognised as the same operation by method and the shape of
/// their template (parameter names and the case of literals do not count), much as `sdkgen diff` matches renamed
/// operations (which also compares constant query parts and is case-sensitive).
struct PathTemplate: Sendable, Hashable, CustomStringConvertible {
    /// One `/`-separated piece of the template.
    enum Segment: Sendable, Hashable {
        /// Text that must appear as written (compared case-insensitively, as ASP.NET routing does).
        case literal(String)
        /// A parameter filling the whole segment.
        case parameter(String)
        /// Text and parameters mixed in one segment (`{name}.json`): the parameters are captured between the literals.
        case mixed([Segment])
    }

    /// The template as written.
    let text: String
    /// Its segments; the leading empty one before the first `/` is dropped.
    let segments: [Segment]

    /// Parses `text`; `{name}` marks a parameter.
    init(_ text: String) {
        self.text = text
        self.segments = text.split(separator: "/", omittingEmptySubsequences: true).map { Self.segment(String($0)) }
    }

    var description: String { text }

    /// The template with parameter names left out and literals lower-cased: equal for the same operation
    /// across api-versions that renamed a parameter.
    var shape: String {
        "/" + segments.map(Self.shape(of:)).joined(separator: "/")
    }

    /// The parameter names in the order they appear.
    var parameterNames: [String] {
        segments.flatMap(Self.parameterNames(of:))
    }

    /// The decoded parameter values, in template order, when `path` (percent-encoded, as sent) matches.
    func match(_ path: String) -> [String]? {
        let pieces = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard pieces.count == segments.count else { return nil }
        var values: [String] = []
        for (segment, piece) in zip(segments, pieces) {
            let decoded = piece.removingPercentEncoding ?? piece
            switch segment {
            case .literal(let literal):
                guard decoded.caseInsensitiveCompare(literal) == .orderedSame else { return nil }
            case .parameter:
                guard !decoded.isEmpty else { return nil }
                values.append(decoded)
            case .mixed(let parts):
                guard let captured = Self.match(parts: parts, in: decoded) else { return nil }
                values += captured
            }
        }
        return values
    }

    /// The path with `values` (in template order) put in place of the parameters, percent-encoded
    /// the way clients encode path segments.
    func expand(_ values: [String]) -> String {
        var remaining = values[...]
        func take() -> String {
            guard let value = remaining.popFirst() else { return "" }
            return value.addingPercentEncoding(withAllowedCharacters: Self.segmentCharacters) ?? value
        }
        let pieces = segments.map { segment -> String in
            switch segment {
            case .literal(let literal): return literal
            case .parameter: return take()
            case .mixed(let parts):
                return parts.map { part in
                    if case .literal(let literal) = part { return literal }
                    return take()
                }.joined()
            }
        }
        return "/" + pieces.joined(separator: "/")
    }

    /// Characters a path segment keeps unencoded (RFC 3986 unreserved).
    static let segmentCharacters = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func segment(_ text: String) -> Segment {
        guard text.contains("{") else { return .literal(text) }
        if text.hasPrefix("{"), text.hasSuffix("}"), text.dropFirst().firstIndex(of: "{") == nil {
            return .parameter(String(text.dropFirst().dropLast()))
        }
        var parts: [Segment] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            parts.append(.parameter(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        return .mixed(parts)
    }

    private static func shape(of segment: Segment) -> String {
        switch segment {
        case .literal(let literal): return literal.lowercased()
        case .parameter: return "{}"
        case .mixed(let parts): return parts.map(shape(of:)).joined()
        }
    }

    private static func parameterNames(of segment: Segment) -> [String] {
        switch segment {
        case .literal: return []
        case .parameter(let name): return [name]
        case .mixed(let parts): return parts.flatMap(parameterNames(of:))
        }
    }

    /// Captures the parameters of a mixed segment: each parameter takes the shortest text that lets the rest of
    /// the segment match (so `{name}.json` takes `notes.json` from `notes.json.json`); a parameter at the end takes the rest.
    private static func match(parts: [Segment], in text: String) -> [String]? {
        match(parts: parts[...], in: Substring(text))
    }

    private static func match(parts: ArraySlice<Segment>, in rest: Substring) -> [String]? {
        guard let part = parts.first else { return rest.isEmpty ? [] : nil }
        let following = parts.dropFirst()
        switch part {
        case .literal(let literal):
            guard rest.lowercased().hasPrefix(literal.lowercased()) else { return nil }
            return match(parts: following, in: rest.dropFirst(literal.count))
        case .parameter:
            guard case .literal(let literal)? = following.first else {
                // Last in the segment: the rest. (Two parameters in a row cannot be told apart.)
                guard following.isEmpty, !rest.isEmpty else { return nil }
                return [String(rest)]
            }
            // Each occurrence of the next literal in turn, nearest first, until the rest of the segment matches.
            var searchFrom = rest.startIndex
            while let found = rest.range(of: literal, options: .caseInsensitive, range: searchFrom..<rest.endIndex) {
                if found.lowerBound > rest.startIndex, let values = match(parts: following, in: rest[found.lowerBound...]) {
                    return [String(rest[..<found.lowerBound])] + values
                }
                searchFrom = rest.index(after: found.lowerBound)
            }
            return nil
        case .mixed:
            return nil
        }
    }
}
