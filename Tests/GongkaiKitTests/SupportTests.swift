import Testing
@testable import GongkaiKit

@Test func sha256MatchesTheFIPSExamples() {
    #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(SHA256.hex(String(repeating: "a", count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
}

@Test func sha256IsTheSameFedInPieces() {
    var s = SHA256()
    for chunk in ["公开", "透明", String(repeating: "x", count: 200)] { s.update(Array(chunk.utf8)) }
    let pieces = s.finalize().map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    #expect(pieces == SHA256.hex("公开透明" + String(repeating: "x", count: 200)))
}

@Test func jsonEscapesAndKeepsKeyOrder() {
    let v = JSONValue.object([("b", .string("引号\"和\\反斜杠\n")), ("a", .array([.int(1), .null, .bool(true)]))])
    #expect(v.serialized() == """
    {
      "b": "引号\\"和\\\\反斜杠\\n",
      "a": [
        1,
        null,
        true
      ]
    }

    """)
}

@Test func docNumbersFollowTheHexagonalBrackets() {
    #expect(DocNumber.isWellFormed("示民发〔2026〕12号"))
    #expect(!DocNumber.isWellFormed("示民发[2026]12号"))
    #expect(DocNumber.suggestion(for: "示民发[2026]12号") == "示民发〔2026〕12号")
    #expect(DocNumber.suggestion(for: "示民发（2026）12") == "示民发〔2026〕12号")
    #expect(DocNumber.suggestion(for: "随便写") == nil)
}

@Test func indexFormatMatchesTheSitePattern() {
    let f = IndexFormat("{organ-code}/{year}-{serial:5}", organCode: "11330000MB0000000X")
    #expect(f.matches("11330000MB0000000X/2026-00012"))
    #expect(!f.matches("11330000MB0000000X/2026-0012"))
    #expect(!f.matches("11330000MB0000000Y/2026-00012"))
    #expect(!f.matches("11330000MB0000000X/26-00012"))
    #expect(f.example(year: 2026, serial: 7) == "11330000MB0000000X/2026-00007")
}
