import Foundation
@testable import IdentityEmulator
import SDKGenIR
import Testing

/// `SchemaShape` decides what a description-served version keeps of a body, which requests it refuses, and what
/// an operation without an example answers. Tested on schemas written here, one feature each.
@Suite struct SchemaShapeTests {
    let shape = SchemaShape(api: ShapeSchemas.api)

    /// JSON text as the emulator's JSON value.
    func json(_ text: String) throws -> WireJSON { try WireJSON.decode(Data(text.utf8)) }

    // MARK: prune

    @Test func pruneKeepsOnlyDeclaredMembersAtEveryLevel() throws {
        let sent = try json(#"""
            {"title":"t","extra":1,"owner":{"name":"n","nickname":"x"},"labels":["a"],"meta":{"k":"v"},
             "score":null,"id":"read-only members are declared too"}
            """#)
        let expected = try json(#"""
            {"title":"t","owner":{"name":"n"},"labels":["a"],"meta":{"k":"v"},"score":null,"id":"read-only members are declared too"}
            """#)
        #expect(shape.prune(sent, as: .named("Note")) == expected)
        // Through an alias of an array, each element is pruned.
        #expect(shape.prune(try json(#"[{"title":"a","x":1},{"title":"b"}]"#), as: .named("NoteList"))
            == (try json(#"[{"title":"a"},{"title":"b"}]"#)))
    }

    /// An object of extra keys only (like the Entra bulk update) keeps every key and prunes each value; `null`
    /// values (merge-patch removals) stay.
    @Test func pruneKeepsAdditionalPropertiesAndNulls() throws {
        let sent = try json(#"{"k1":{"name":"a","age":3},"k2":null}"#)
        #expect(shape.prune(sent, as: .named("PersonMap")) == (try json(#"{"k1":{"name":"a"},"k2":null}"#)))
    }

    /// Values that do not fit the schema are left to validation, and what a schema does not constrain stays.
    @Test func pruneLeavesWhatItCannotShape() throws {
        let notAnObject = try json(#"["t"]"#)
        #expect(shape.prune(notAnObject, as: .named("Note")) == notAnObject)
        let anything = try json(#"{"a":{"b":[1,{"c":2}]}}"#)
        #expect(shape.prune(anything, as: .any) == anything)
        #expect(shape.prune(anything, as: .named("NoSuchSchema")) == anything)
        #expect(shape.prune(.null, as: .nullable(.named("Note"))) == .null)
    }

    @Test func pruneEndsOnDeeplyRecursiveValues() throws {
        var chain: WireJSON = .object(["value": .string("last"), "noise": .bool(true)])
        for level in 0..<100 { chain = .object(["value": .string("\(level)"), "next": chain, "noise": .bool(true)]) }
        let pruned = shape.prune(chain, as: .named("Node"))
        #expect(pruned[member: "noise"] == nil)
        #expect(pruned[member: "next"]?[member: "noise"] == nil)
    }

    // MARK: problems

    @Test func validBodyHasNoProblems() throws {
        let body = try json(#"""
            {"title":"t","priority":"high","size":2,"labels":["a"],"owner":{"name":"n"},"meta":{"k":"v"},"score":null}
            """#)
        #expect(shape.problems(body, as: .named("Note")).isEmpty)
    }

    /// Problems come in declaration order, named as .NET names fields; a required read-only member is not asked of requests.
    @Test func problemsNameTheFieldAsTheServiceDoes() throws {
        let problems = shape.problems(try json(#"{"size":"big","priority":"urgent","extra":true}"#), as: .named("Note"))
        #expect(problems == [
            .init(target: "Title", message: "The Title field is required."),
            .init(target: "Priority", message: "The value of Priority is invalid."),
            .init(target: "Size", message: "The value of Size is invalid."),
        ])
    }

    @Test(arguments: [
        (#"{"title":"t","owner":{}}"#, "Owner.Name"),
        (#"{"title":"t","labels":["a",1]}"#, "Labels[1]"),
        (#"{"title":"t","meta":{"key":1}}"#, "Meta.Key"),
        (#"{"title":"t","size":2.5}"#, "Size"),
        (#"{"title":null}"#, "Title"),
        (#"{"title":"t","owner":"n"}"#, "Owner"),
        (#"{"title":"t","labels":"a"}"#, "Labels"),
        (#"{"title":"t","score":"high"}"#, "Score"),
    ])
    func nestedProblemsHaveTheirPath(body: String, target: String) throws {
        let problems = shape.problems(try json(body), as: .named("Note"))
        #expect(problems.map(\.target) == [target], "\(body)")
    }

    @Test func kindsAndEnums() throws {
        #expect(shape.problems(.number(2), as: .integer(format: "int32")).isEmpty, "2 is an integer even as a Double")
        #expect(shape.problems(.string("x"), as: .named("Unit")).isEmpty, "an extensible enum takes any string")
        #expect(shape.problems(.number(1), as: .named("Unit")).map(\.target) == [""])
        #expect(shape.problems(.string("kWh"), as: .named("Priority")).map(\.target) == [""], "a closed enum does not")
        #expect(shape.problems(.null, as: .nullable(.string(format: nil))).isEmpty)
        #expect(shape.problems(.object([:]), as: .any).isEmpty)
        #expect(shape.problems(try json(#"["t"]"#), as: .named("Note")) == [.init(target: "", message: "The value of the body is invalid.")])
        #expect(shape.problems(try json(#"{"k":{"age":1},"gone":null}"#), as: .named("PersonMap")).map(\.target) == ["K.Name"])
    }

    @Test func problemsEndOnRecursiveSchemas() throws {
        let body = try json(#"{"value":"a","next":{"value":"b","next":{"value":"c"}}}"#)
        #expect(shape.problems(body, as: .named("Node")).map(\.target) == ["Next.Next.Next"])
        var chain: WireJSON = .object(["value": .string("last")])
        for _ in 0..<100 { chain = .object(["value": .string("v"), "next": chain]) }
        // The missing `next` at the bottom is past the depth limit: not reported, and the check ends.
        #expect(shape.problems(chain, as: .named("Node")).isEmpty)
    }

    // MARK: synthesize

    @Test func synthesizeGivesEveryPropertyAValueOfItsType() throws {
        let note = shape.synthesize(.named("Note"), now: Date())
        guard case .object(let members) = note else { Issue.record("not an object: \(note)"); return }
        #expect(Set(members.keys) == ["title", "priority", "size", "labels", "owner", "meta", "id", "score"])
        #expect(members["priority"] == .string("low"), "a closed enum's first value")
        #expect(members["owner"] == .object(["name": .string("string"), "email": .string("string")]))
        #expect(shape.synthesize(.named("Settings"), now: Date()) == .object(["retries": .number(3), "mode": .string("fast")]),
            "declared defaults win")
    }

    @Test func synthesizeFollowsFormats() throws {
        let now = Date(timeIntervalSince1970: 1_740_902_709)
        let stamp = shape.synthesize(.named("Stamp"), now: now)
        #expect(stamp[member: "at"] == .string("2025-03-02T08:05:09.0000000+00:00"))
        #expect(stamp[member: "day"] == .string("2025-03-02"))
        #expect(stamp[member: "rfc"] == .string("Sun, 02 Mar 2025 08:05:09 GMT"))
        if case .string(let uid)? = stamp[member: "uid"] { #expect(UUID(uuidString: uid) != nil) } else { Issue.record("uid: \(stamp)") }
        #expect(stamp[member: "blob"] == .string(""))
        #expect(stamp[member: "wait"] == .string("PT0S"))
        #expect(stamp[member: "flag"] == .bool(false))
        #expect(stamp[member: "count"] == .number(0))
        #expect(stamp[member: "list"] == .array([]))
        #expect(stamp[member: "dict"] == .object([:]))
    }

    /// A required member of its own type nests until the depth limit, then is null; optional ones stop early.
    @Test func synthesizeEndsOnRecursiveSchemas() throws {
        var required = shape.synthesize(.named("Node"), now: Date())
        var levels = 0
        while case .object(let members) = required, let next = members["next"] {
            levels += 1
            required = next
        }
        #expect(levels == SchemaShape.depthLimit)
        #expect(required == .null)

        var optional = shape.synthesize(.named("Tree"), now: Date())
        var treeLevels = 1
        while let child = optional[member: "child"] {
            treeLevels += 1
            optional = child
        }
        #expect(treeLevels == 3, "optional members are left out from the third level on")
    }
}

/// The schemas `SchemaShapeTests` work on, written as the reader would produce them.
enum ShapeSchemas {
    static func property(
        _ name: String, _ type: TypeReference, required: Bool = false, readOnly: Bool = false, default value: SDKGenIR.JSONValue? = nil
    ) -> Property {
        Property(
            name: name, clientName: nil, type: type, isRequired: required, isReadOnly: readOnly, description: nil,
            defaultValue: value, constraints: Constraints())
    }

    static func object(_ name: String, _ properties: [Property], additionalProperties: TypeReference? = nil) -> Schema {
        Schema(
            name: name, description: nil,
            kind: .object(ObjectSchema(properties: properties, additionalProperties: additionalProperties, parents: [])),
            location: "SchemaShapeTests#/\(name)")
    }

    static func enumeration(_ name: String, _ values: [String], extensible: Bool) -> Schema {
        Schema(
            name: name, description: nil,
            kind: .enumeration(EnumSchema(values: values.map { EnumValue(value: $0, name: nil, description: nil) }, isExtensible: extensible)),
            location: "SchemaShapeTests#/\(name)")
    }

    static let api = APIDescription(
        title: "Shapes", summary: nil, apiVersion: "2030-01-01",
        host: HostTemplate(template: "{endpoint}", parameters: [], useSchemePrefix: false, basePath: ""),
        operations: [],
        schemas: [
            object("Note", [
                property("title", .string(format: nil), required: true),
                property("priority", .named("Priority")),
                property("size", .integer(format: "int32")),
                property("labels", .array(.string(format: nil))),
                property("owner", .named("Person")),
                property("meta", .map(.string(format: nil))),
                property("id", .string(format: nil), required: true, readOnly: true),
                property("score", .nullable(.number(format: nil))),
            ]),
            object("Person", [property("name", .string(format: nil), required: true), property("email", .string(format: nil))]),
            object("PersonMap", [], additionalProperties: .nullable(.named("Person"))),
            Schema(name: "NoteList", description: nil, kind: .alias(.array(.named("Note"))), location: "SchemaShapeTests#/NoteList"),
            enumeration("Priority", ["low", "high"], extensible: false),
            enumeration("Unit", ["kWh", "MWh"], extensible: true),
            object("Node", [property("value", .string(format: nil)), property("next", .named("Node"), required: true)]),
            object("Tree", [property("label", .string(format: nil)), property("child", .named("Tree"))]),
            object("Settings", [
                property("retries", .integer(format: nil), default: .integer(3)),
                property("mode", .string(format: nil), default: .string("fast")),
            ]),
            object("Stamp", [
                property("at", .string(format: "date-time")), property("day", .string(format: "date")),
                property("rfc", .string(format: "date-time-rfc1123")), property("uid", .string(format: "uuid")),
                property("blob", .string(format: "byte")), property("wait", .string(format: "duration")),
                property("flag", .boolean), property("count", .integer(format: nil)),
                property("list", .array(.string(format: nil))), property("dict", .map(.integer(format: nil))),
            ]),
        ],
        securitySchemes: [])
}
