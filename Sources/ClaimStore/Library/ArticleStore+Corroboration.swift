import ClaimKit
import ClaimMatch
import Foundation
import GRDB

extension ArticleStore {
    /// For each claim of an article (by index), the claims of the other
    /// library articles that match or deny it, best first. Only the
    /// library claims sharing one of a claim's rarer terms are read and
    /// compared, each term weighing by its rarity across the whole
    /// library, so the cost follows the article, not the library.
    /// The article itself (this content, or its origin's) is left out.
    public func corroboration(of analysis: Analysis, matcher: ClaimMatcher = ClaimMatcher()) throws -> [[LibraryMatch]] {
        try corroboration(
            of: try ArticleStore.propositionReader().records(of: analysis),
            content: ArticleStore.contentFingerprint(of: analysis.article), origin: ArticleStore.origin(of: analysis.article),
            matcher: matcher)
    }

    /// The matches of the claims of the library's latest version of an
    /// article (by article fingerprint), by claim fingerprint; empty when
    /// the library does not hold it.
    public func corroboration(ofArticle fingerprint: String, matcher: ClaimMatcher = ClaimMatcher()) throws
        -> [String: [LibraryMatch]]
    {
        let stored = try database.read { db -> (LibraryArticle, [LibraryClaim])? in
            guard
                let article = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT \(LibraryRows.articleColumns) FROM libraryArticle WHERE article = ?
                        ORDER BY added DESC, lastUsed DESC LIMIT 1
                        """, arguments: [fingerprint]
                ).map(LibraryRows.article)
            else { return nil }
            let claims = try Row.fetchAll(
                db, sql: "SELECT \(LibraryRows.claimColumns) FROM libraryClaim WHERE content = ? ORDER BY position",
                arguments: [article.content]
            ).map(LibraryRows.claim)
            return (article, claims)
        }
        guard let (article, claims) = stored else { return [:] }
        let reader = try ArticleStore.propositionReader()
        let queries = claims.map { reader.record(of: $0, in: article) }
        let found = try corroboration(of: queries, content: article.content, origin: article.origin, matcher: matcher)
        var byClaim: [String: [LibraryMatch]] = [:]
        for (claim, matches) in zip(claims, found) where !matches.isEmpty { byClaim[claim.fingerprint] = matches }
        return byClaim
    }

    /// The matches of claims (`queries`) of an article with this content
    /// and origin, which are left out of the library looked in.
    private func corroboration(
        of queries: [ClaimRecord], content: String, origin: String?, matcher: ClaimMatcher
    ) throws -> [[LibraryMatch]] {
        let reader = try ArticleStore.propositionReader()
        var queries = queries
        // Queries are their own group: no library claim is of their article.
        for index in queries.indices { queries[index].article = "" }
        let terms = Array(Set(queries.flatMap(\.proposition.terms)))
        let (frequency, total, found) = try database.read { db -> ([String: Int], Int, [LibraryMatchCandidate]) in
            var frequency: [String: Int] = [:]
            for chunk in terms.chunked(500) {
                let rows = try Row.fetchAll(
                    db,
                    sql: "SELECT term, count(*) AS n FROM libraryTerm WHERE term IN (\(placeholders(chunk.count))) GROUP BY term",
                    arguments: StatementArguments(chunk))
                for row in rows { frequency[row["term"]] = row["n"] }
            }
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM libraryClaim") ?? 0
            // Each claim's rarest terms find every library claim it may match.
            let rare = Array(Set(matcher.lookupTerms(queries, frequency: frequency, total: total).joined()))
                .filter { frequency[$0] != nil }
            var claims = Set<Int64>()
            for chunk in rare.chunked(500) {
                claims.formUnion(
                    try Int64.fetchAll(
                        db, sql: "SELECT claim FROM libraryTerm WHERE term IN (\(placeholders(chunk.count)))",
                        arguments: StatementArguments(chunk)))
            }
            var found: [LibraryMatchCandidate] = []
            for chunk in Array(claims).sorted().chunked(500) {
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(LibraryRows.claimColumns("c")), \(LibraryRows.articleColumns("a"))
                        FROM libraryClaim c JOIN libraryArticle a ON a.content = c.content
                        WHERE c.rowid IN (\(placeholders(chunk.count))) AND c.content != ? AND a.origin IS NOT ?
                        """,
                    arguments: StatementArguments(chunk.map { $0 as any DatabaseValueConvertible } + [content, origin]))
                found += rows.map { LibraryMatchCandidate(article: LibraryRows.article($0), claim: LibraryRows.claim($0)) }
            }
            return (frequency, total, found)
        }
        let candidates = found.map { reader.record(of: $0.claim, in: $0.article) }
        var matches = [[LibraryMatch]](repeating: [], count: queries.count)
        for link in matcher.lookup(queries, among: candidates, frequency: frequency, total: total) {
            let candidate = found[link.candidate]
            matches[link.query].append(
                LibraryMatch(
                    article: candidate.article, claim: candidate.claim, isDenial: link.kind == .denial, score: link.score))
        }
        return matches.map { list in
            list.sorted {
                ($0.score, $0.article.published ?? "", $1.article.content, $1.claim.position)
                    > ($1.score, $1.article.published ?? "", $0.article.content, $0.claim.position)
            }
        }
    }

    /// Where an article was read from, as the library records it: a file's
    /// absolute path, an address as it is; nil for standard input, which
    /// no later version can come from.
    public static func origin(of article: Article) -> String? {
        guard let path = article.path, path != "-" else { return nil }
        return path.contains("://") ? path : origin(ofFile: path)
    }

    /// A file's path as the library records it: absolute, standardized.
    public static func origin(ofFile path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

private struct LibraryMatchCandidate {
    var article: LibraryArticle
    var claim: LibraryClaim
}

private func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
}

extension Array {
    fileprivate func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

extension PropositionReader {
    /// The match record of a library claim, its article named by its
    /// content fingerprint (one group per stored version).
    func record(of claim: LibraryClaim, in article: LibraryArticle) -> ClaimRecord {
        record(
            article: claim.content, articleFingerprint: article.article, id: claim.id, text: claim.text,
            sources: claim.sources, sourceNames: claim.sourceWords, cue: claim.cue,
            frame: claim.frame.map { $0.start..<$0.end }, denialID: claim.denialID, disputes: claim.disputes)
    }
}
