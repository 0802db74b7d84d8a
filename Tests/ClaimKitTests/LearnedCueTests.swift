@testable import ClaimKit
import Foundation
import Testing

/// The learned cue model: the verbs no lexicon lists are read as cues,
/// with their speaker found by the same rules as a listed verb's.
@Suite("Learned cues")
struct LearnedCueTests {
    @Test("the bundled cue model loads with the lexicons")
    func bundledModelLoads() throws {
        let model = try #require(sharedParser.lexicon.cueModel, "the cue model ships in Lexicons/cue-model.bin")
        #expect(model.model.count > 1000)
    }

    @Test("beliefs, wishes and recommendations with verbs no lexicon lists are claims of their speaker")
    func unlistedVerbs() {
        let analysis = parse(
            "Council weighs bus fares",
            "The transport committee recommended that the council freeze bus fares for two years.",
            "Councillor Mara Lindqvist wants the freeze extended to the tram network.",
            "Residents of the northern estates reckon the cuts have already gone too far.")
        #expect(analysis.sourcesOfClaim(containing: "freeze bus fares") == ["transport committee"])
        #expect(analysis.sourcesOfClaim(containing: "extended to the tram network") == ["Mara Lindqvist"])
    }

    @Test("an intention with an infinitive is its holder's claim; a hedge stays a hedge")
    func intentionsAndHedges() {
        let analysis = parse(
            "Campus plans",
            "Marta Lind plans to open a nursing school in the town.",
            "Kellsbrook appears to be in talks with a drone maker about a purchase.",
            "The council said it backed the plan but continued to refuse to fund the road.")
        #expect(analysis.sourcesOfClaim(containing: "nursing school") == ["Marta Lind"])
        #expect(analysis.claims.first { $0.text.contains("drone maker") }?.cue == "appears to")
        #expect(analysis.sourcesOfClaim(containing: "drone maker") == [])
        #expect(analysis.claims.filter { $0.text.contains("backed the plan") }.count == 1)
    }

    @Test("a negated or refused cue makes no claim")
    func negatedCues() {
        let analysis = parse(
            "Inquiry stalls",
            "The minister never suggested that the inquiry would be closed.",
            "The agency refused to speculate whether the contracts were void.",
            "The board said on Friday that 400 jobs would go, but gave no details of the timing.")
        #expect(analysis.sourcesOfClaim(containing: "inquiry would be closed") == nil)
        #expect(analysis.sourcesOfClaim(containing: "contracts were void") == nil)
        #expect(analysis.claims.filter { $0.text.contains("400 jobs") || $0.text.contains("timing") }.map(\.cue) == ["said"])
    }

    @Test("the model's weights survive a write and a read; a damaged file is a named error")
    func modelFile() throws {
        let weights: [UInt64: Float] = [7: 0.5, 1 << 40: -1.25, 99: 3]
        let bytes = LinearModel.serialize(weights)
        let model = try LinearModel(bytes: bytes, file: "cue-model.bin")
        #expect(model.weight(7) == 0.5)
        #expect(model.weight(1 << 40) == -1.25)
        #expect(model.weight(12345) == 0)
        #expect(model.score([7, 99, 12345]) == 3.5)
        #expect(LinearModel.serialize(weights) == bytes)
        #expect(throws: ClaimKitError.lexicon(file: "cue-model.bin", reason: "truncated or damaged: 3 weights announced, 35 bytes follow")) {
            try LinearModel(bytes: Array(bytes.dropLast()), file: "cue-model.bin")
        }
        #expect(throws: ClaimKitError.self) { try LinearModel(bytes: Array("hello".utf8), file: "cue-model.bin") }
    }
}
