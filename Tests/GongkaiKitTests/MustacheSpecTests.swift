import Foundation
import Testing
@testable import GongkaiKit

/// One example of the Mustache spec (`Tests/Fixtures/specs/mustache/<module>.json`).
struct MustacheSpecCase: Sendable, CustomTestStringConvertible {
    var module: String
    var name: String
    var template: String
    var data: TemplateValue
    var partials: [String: String]
    var expected: String

    var testDescription: String { "\(module): \(name)" }
}

/// Every case of the spec modules gongkai implements; lambdas are out of scope and skipped.
struct MustacheSpecSuite: Sendable {
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections",
                          "~inheritance"]
    static let loaded = MustacheSpecSuite()

    var cases: [MustacheSpecCase] = []
    var lambdaCount = 0
    var problems: [String] = []

    private init() {
        for module in Self.modules {
            switch loadSpecJSON("mustache/\(module).json") {
            case .failure(let error):
                problems.append(error.message)
            case .success(let json):
                guard let tests = (json as? [String: Any])?["tests"] as? [[String: Any]] else {
                    problems.append("\(module).json has no 'tests' list")
                    continue
                }
                var seen: [String: Int] = [:]
                for test in tests {
                    let data = test["data"] ?? NSNull()
                    if Self.containsLambda(data) {
                        lambdaCount += 1
                        continue
                    }
                    guard let name = test["name"] as? String, let template = test["template"] as? String,
                          let expected = test["expected"] as? String else {
                        problems.append("\(module).json has a malformed test: \(test)")
                        continue
                    }
                    seen[name, default: 0] += 1
                    cases.append(MustacheSpecCase(
                        module: module,
                        name: seen[name] == 1 ? name : "\(name) (\(seen[name] ?? 0))",
                        template: template,
                        data: Self.value(data),
                        partials: test["partials"] as? [String: String] ?? [:],
                        expected: expected))
                }
            }
        }
    }

    /// JSON as a `TemplateValue`. `JSONSerialization` gives `NSNumber` for booleans and numbers
    /// alike; the Objective-C type code tells them apart (`c` for a boolean, `d` or `f` for a double).
    static func value(_ json: Any) -> TemplateValue {
        switch json {
        case let string as String:
            return .string(string)
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c", "B": return .bool(number.boolValue)
            case "d", "f": return .double(number.doubleValue)
            default: return .int(number.intValue)
            }
        case let list as [Any]:
            return .list(list.map(value))
        case let object as [String: Any]:
            return .object(object.mapValues(value))
        default:
            return .null
        }
    }

    static func containsLambda(_ json: Any) -> Bool {
        switch json {
        case let object as [String: Any]:
            return object["__tag__"] as? String == "code" || object.values.contains(where: containsLambda)
        case let list as [Any]:
            return list.contains(where: containsLambda)
        default:
            return false
        }
    }
}

@Test func theMustacheSpecLoadsCompletely() {
    let suite = MustacheSpecSuite.loaded
    #expect(suite.problems == [])
    let counts = Dictionary(grouping: suite.cases, by: \.module).mapValues(\.count)
    #expect(counts == ["comments": 12, "delimiters": 14, "interpolation": 42, "inverted": 22, "partials": 12,
                       "sections": 34, "~inheritance": 27])
    #expect(suite.cases.count == 163)
    #expect(suite.lambdaCount == 0)
}

@Test(arguments: MustacheSpecSuite.loaded.cases)
func mustacheSpec(_ example: MustacheSpecCase) throws {
    let library = try TemplateLibrary(sources: example.partials)
    let template = try Template(example.template, name: "template")
    #expect(try template.render(example.data, library: library) == example.expected)
}
