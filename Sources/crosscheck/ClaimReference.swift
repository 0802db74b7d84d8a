import ClaimKit

/// How a user names a claim on the command line: `c7` or `7` is claim 7
/// (its id from `crosscheck parse`); anything else of at least six hex
/// digits is the start of a claim fingerprint. A number is never read as
/// a fingerprint when the article has a claim of that number.
struct ClaimReference {
    /// Shorter prefixes would match several claims of a long article too often.
    static let minimumFingerprintLength = 6
    /// How many candidates an error lists before it says how many more there are.
    static let listedCandidates = 6

    let text: String

    /// The one claim of `analysis` the reference names; throws a
    /// one-line error listing the candidates when it names none or several.
    func claim(in analysis: Analysis, path: String) throws -> Claim {
        let lowered = text.lowercased()
        let claims = analysis.claims
        if let number = claimNumber(lowered) {
            if let claim = analysis.claim(id: "c\(number)") { return claim }
            // Six digits or more may still be a fingerprint's start.
            if lowered.count < Self.minimumFingerprintLength {
                let starting = claims.filter { $0.fingerprint.hasPrefix(lowered) }
                let reason =
                    starting.isEmpty
                    ? "no claim \(text)"
                    : "no claim \(text), and a fingerprint needs \(Self.minimumFingerprintLength) characters at least"
                throw notFound(path, reason, claims: starting, analysis: analysis)
            }
        }
        guard isHex(lowered) else {
            throw notFound(path, "no claim \(text) (give an id such as c3, or a fingerprint)", claims: [], analysis: analysis)
        }
        let matches = claims.filter { $0.fingerprint.hasPrefix(lowered) }
        guard lowered.count >= Self.minimumFingerprintLength else {
            throw notFound(
                path, "\(text) is too short for a fingerprint (\(Self.minimumFingerprintLength) characters at least)",
                claims: matches, analysis: analysis)
        }
        if Set(matches.map(\.fingerprint)).count == 1 { return matches[0] }
        if matches.isEmpty {
            throw notFound(path, "no claim's fingerprint starts with \(text)", claims: [], analysis: analysis)
        }
        throw notFound(path, "\(text) could be any of \(matches.count) claims; give more of the fingerprint", claims: matches, analysis: analysis)
    }

    /// 7 for `c7`, `C7` or `7`.
    private func claimNumber(_ lowered: String) -> Int? {
        let digits = lowered.hasPrefix("c") ? lowered.dropFirst() : lowered[...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }

    private func isHex(_ lowered: String) -> Bool {
        !lowered.isEmpty && lowered.allSatisfy { $0.isASCII && $0.isHexDigit }
    }

    /// The error, with `claims` as candidates; with none, the article's
    /// range of ids, so the user knows what there is to name.
    private func notFound(_ path: String, _ reason: String, claims: [Claim], analysis: Analysis) -> StoreCommandError {
        guard !claims.isEmpty else {
            let all = analysis.claims
            let range =
                all.isEmpty
                ? "the article has no claims"
                : "its claims are \(all[0].id)–\(all[all.count - 1].id) (see 'crosscheck parse --format text \(path)')"
            return .claimNotFound(path: path, reason: reason, candidates: [range])
        }
        var candidates = claims.prefix(Self.listedCandidates).map { claim in
            let words = Sanitizer.line(claim.text)
            let snippet = words.count > 40 ? words.prefix(39) + "…" : words[...]
            return "\(claim.id) \(claim.fingerprint) “\(snippet)”"
        }
        if claims.count > Self.listedCandidates { candidates.append("and \(claims.count - Self.listedCandidates) more") }
        return .claimNotFound(path: path, reason: reason, candidates: candidates)
    }
}
