import Testing
@testable import GongkaiKit

@Test func suggestsTheClosestKey() {
    #expect(Suggestion.closest(to: "publised", among: ["published", "written", "title"]) == "published")
    #expect(Suggestion.closest(to: "titel", among: ["published", "written", "title"]) == "title")
}

@Test func suggestsNothingForAStrangeWord() {
    #expect(Suggestion.closest(to: "zzzzzz", among: ["published", "title"]) == nil)
}
