import Foundation
import Testing

/// How `mark` reads its CLAIM argument: `c7` and `7` are claim 7; a
/// fingerprint needs six characters; a miss lists what could be meant.
@Suite("Naming a claim on the command line")
struct ClaimReferenceTests {
    /// Each claim's id and fingerprint, in order, as `parse` prints them.
    private func claims(_ runner: CommandRunner, _ article: String) throws -> [(id: String, fingerprint: String)] {
        let parsed = try runner.run(["parse", article])
        let document = try JSONSerialization.jsonObject(with: Data(parsed.output.utf8)) as? [String: Any]
        return (document?["claims"] as? [[String: Any]] ?? []).compactMap { claim in
            guard let id = claim["id"] as? String, let fingerprint = claim["fingerprint"] as? String else { return nil }
            return (id, fingerprint)
        }
    }

    @Test("a bare number is the claim of that number, even when another claim's fingerprint starts with it")
    func numbers() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let all = try claims(runner, article)
        try #require(all.count >= 3)
        // The trap the old reading fell into: a digit that starts some
        // other claim's fingerprint.
        let number =
            (1...min(9, all.count)).first { number in
                all.contains { $0.fingerprint.hasPrefix("\(number)") && $0.id != "c\(number)" }
            } ?? 2
        let bare = try runner.run(["mark", article, "\(number)", "verified"])
        #expect(bare.status == 0, "\(bare.errors)")
        #expect(bare.output.hasPrefix("c\(number) verified:"))
        let prefixed = try runner.run(["mark", article, "C3", "false"])
        #expect(prefixed.output.hasPrefix("c3 false:"))
    }

    @Test("six characters of a fingerprint name its claim; fewer are refused with the claims they start")
    func fingerprints() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let all = try claims(runner, article)
        let target = try #require(all.last)
        let six = String(target.fingerprint.prefix(6))
        let byFingerprint = try runner.run(["mark", article, six.uppercased(), "disputed"])
        #expect(byFingerprint.status == 0, "\(byFingerprint.errors)")
        #expect(byFingerprint.output.hasPrefix("\(target.id) disputed:"))

        // Five characters that are not a number, so not a claim id either.
        let candidate = try #require(all.first { Int($0.fingerprint.prefix(5)) == nil })
        let tooShort = try runner.run(["mark", article, String(candidate.fingerprint.prefix(5)), "verified"])
        #expect(tooShort.status == 1)
        #expect(tooShort.errorLines.count == 1)
        #expect(tooShort.errors.contains("too short for a fingerprint (6 characters at least)"))
        #expect(tooShort.errors.contains("\(candidate.id) \(candidate.fingerprint)"), "the candidates are listed")
    }

    @Test("an unknown claim lists what the article has, in one line, and marks nothing")
    func unknown() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let all = try claims(runner, article)
        for reference in ["c99", "99", "abcdef0123", "harbour"] {
            let result = try runner.run(["mark", article, reference, "verified"])
            #expect(result.status == 1, "\(reference)")
            #expect(result.errorLines.count == 1)
            #expect(result.errors.contains("its claims are c1–\(all.last?.id ?? "")"), "\(reference): \(result.errors)")
        }
        let listed = try runner.run(["marks", "--format", "json", article])
        #expect(!listed.output.contains("\"verified\""))
    }
}
