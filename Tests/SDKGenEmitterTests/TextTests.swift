import Testing
import SDKGenIR
@testable import SDKGenEmitter

@Suite struct DocLinesTests {
    private func texts(_ lines: [DocLine]) -> [String] { lines.map(\.text) }

    @Test func everyLineBreakSplits() {
        #expect(texts(DocLines.from("a\nb")) == ["a", "b"])
        // A lone CR also ends a `//` comment: it must not leave text outside the `///`.
        #expect(texts(DocLines.from("a\rb")) == ["a", "b"])
        // CRLF is one Character: one break, not an empty line.
        #expect(texts(DocLines.from("a\r\nb")) == ["a", "b"])
        #expect(texts(DocLines.from("a\u{2028}b\u{2029}c\u{85}d")) == ["a", "b", "c", "d"])
        #expect(texts(DocLines.from("a\n\nb")) == ["a", "", "b"])
    }

    @Test func trimsAndSkips() {
        #expect(texts(DocLines.from("  text  \t")) == ["text"])
        #expect(texts(DocLines.from("first   \n   second")) == ["first", "second"])
        #expect(DocLines.from("").isEmpty)
        #expect(DocLines.from(nil).isEmpty)
        #expect(DocLines.from("   \n  ").isEmpty)
        #expect(DocLines.from(nil, "", "  ").isEmpty)
    }

    @Test func paragraphsAndRepeats() {
        #expect(texts(DocLines.from("Summary.", nil, "Details.")) == ["Summary.", "", "Details."])
        // Azure repeats the summary as the description: said once.
        #expect(texts(DocLines.from("Same.", " Same.\n")) == ["Same."])
    }

    @Test func commentTerminatorsStayText() {
        // `///` comments have no terminator, so `*/` is plain text there.
        #expect(texts(DocLines.from("ends */ here /* and")) == ["ends */ here /* and"])
    }

    @Test func emptyTextMarksBlankLines() {
        let lines = DocLines.from("a\n\nb")
        #expect(lines.map { !$0.text.isEmpty } == [true, false, true])
        #expect(DocLine(text: "").text.isEmpty)
    }

    @Test func trimmed() {
        #expect(DocLines.trimmed("  x y  ") == "x y")
        #expect(DocLines.trimmed("\u{3000}wide\u{3000}") == "wide")
        #expect(DocLines.trimmed(" \n\t ") == "")
        #expect(DocLines.trimmed("") == "")
    }
}

@Suite struct SwiftLiteralsTests {
    @Test func escapedString() {
        #expect(SwiftLiterals.escapedString(#"say "hi""#) == #"say \"hi\""#)
        #expect(SwiftLiterals.escapedString(#"C:\temp"#) == #"C:\\temp"#)
        // An interpolation in description text stays text.
        #expect(SwiftLiterals.escapedString(#"\(secret)"#) == #"\\(secret)"#)
        #expect(SwiftLiterals.escapedString("a\nb\rc\td") == #"a\nb\rc\td"#)
        #expect(SwiftLiterals.escapedString("bell\u{7}del\u{7F}") == #"bell\u{7}del\u{7f}"#)
        #expect(SwiftLiterals.escapedString("👍🏽 café 名前") == "👍🏽 café 名前")
        #expect(SwiftLiterals.escapedString("") == "")
        // U+2028 is allowed inside a string literal.
        #expect(SwiftLiterals.escapedString("a\u{2028}b") == "a\u{2028}b")
    }

    @Test func rawDelimiter() {
        #expect(SwiftLiterals.rawDelimiter(for: "plain") == "#")
        #expect(SwiftLiterals.rawDelimiter(for: #"{"a":"b"}"#) == "#")
        #expect(SwiftLiterals.rawDelimiter(for: ##"ends "#"##) == "##")
        #expect(SwiftLiterals.rawDelimiter(for: ##"back\#slash"##) == "##")
        #expect(SwiftLiterals.rawDelimiter(for: ###"both "# and "##"###) == "###")
        #expect(SwiftLiterals.rawDelimiter(for: "") == "#")
    }

    @Test func json() {
        #expect(SwiftLiterals.json(.null) == "null")
        #expect(SwiftLiterals.json(.bool(true)) == "true")
        #expect(SwiftLiterals.json(.bool(false)) == "false")
        #expect(SwiftLiterals.json(.integer(-42)) == "-42")
        // Numbers are written exactly as the description spells them (JSONNumber keeps the text).
        #expect(SwiftLiterals.json(.number(JSONNumber("1.5")!)) == "1.5")
        #expect(SwiftLiterals.json(.number(2)) == "2")
        #expect(SwiftLiterals.json(.number(JSONNumber("1e20")!)) == "1e20")
        #expect(SwiftLiterals.json(.number(JSONNumber("18446744073709551615")!)) == "18446744073709551615")
        #expect(SwiftLiterals.json(.string("q\"b\\n\nt\t\u{1}")) == #""q\"b\\n\nt\t\u0001""#)
        #expect(SwiftLiterals.json(.string("👍")) == #""👍""#)
        #expect(SwiftLiterals.json(.array([.integer(1), .string("x"), .null])) == #"[1,"x",null]"#)
        // Keys keep document order.
        #expect(SwiftLiterals.json(.object([(key: "b", value: .integer(1)), (key: "a\"", value: .object([]))])) == #"{"b":1,"a\"":{}}"#)
    }

    @Test func percentCoding() {
        #expect(SwiftLiterals.percentDecoded("a%20b%2Fc%zz%4") == "a b/c%zz%4")
        #expect(SwiftLiterals.percentEncodedSegment("a b/c~d_e.f-ü") == "a%20b%2Fc~d_e.f-%C3%BC")
    }
}
