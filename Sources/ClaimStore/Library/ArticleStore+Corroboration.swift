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
        let reader = try ArticleStore.propositionReader()
        let content = ArticleStore.contentFingerprint(of: analysis.article)
        return try corroboration(
            of: reader.records(of: analysis, read: try storedPropositions(content: content, version: reader.version)),
            content: content, origin: ArticleStore.origin(of: analysis.article), matcher: matcher)
    }

    /// What this version of matching read of the claims of content the
    /// library holds, in order; nil when it holds none, or holds them as
    /// another version read them. An article the reader opens is usually
    /// in the library already (it keeps what it parses), and reading its
    /// stored lines costs less than reading its claims again.
    private func storedPropositions(content: String, version: String) throws -> [Proposition]? {
        let lines = try database.read { db in
            try String?.fetchAll(
                db,
                sql: """
                    SELECT c.proposition FROM libraryClaim c JOIN libraryArticle a ON a.content = c.content
                    WHERE c.content = ? AND a.matcherVersion = ? ORDER BY c.position
                    """, arguments: [content, version])
        }
        let read = lines.compactMap { $0.flatMap(Proposition.init(stored:)) }
        return read.isEmpty || read.count < lines.count ? nil : read
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
        let matches = try database.read { db -> [[LibraryMatch]] in
            var frequency: [String: Int] = [:]
            for chunk in terms.chunked(500) {
                let rows = try Row.fetchAll(
                    db,
                    sql: "SELECT term, claims FROM libraryTermCount WHERE term IN (\(placeholders(chunk.count)))",
                    arguments: StatementArguments(chunk))
                for row in rows { frequency[row["term"]] = row["claims"] }
            }
            let libraryTotal = try Int.fetchOne(db, sql: "SELECT count(*) FROM libraryClaim") ?? 0
            // The claims of the article itself (this content, or an earlier
            // version from its origin) are never its corroboration.
            let own = Set(
                try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT rowid FROM libraryClaim
                        WHERE content IN (SELECT content FROM libraryArticle WHERE content = ? OR origin IS ?)
                        """, arguments: [content, origin]))
            // Which claims carry each of the queries' rarer terms, read as
            // one list a term; the matcher keeps the few that may match.
            let rare = frequency.filter { $0.value <= matcher.maximumPosting }.map(\.key)
            var postings: [String: [Int64]] = [:]
            for chunk in rare.chunked(500) {
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT term, group_concat(claim) FROM libraryTerm
                        WHERE term IN (\(placeholders(chunk.count))) GROUP BY term
                        """,
                    arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    let list: String = row[1]
                    postings[row[0]] = rowIDs(in: list).filter { !own.contains($0) }
                }
            }
            let (first, _) = matcher.lookupCandidates(
                queries, postings: postings, frequency: frequency, total: libraryTotal)
            // Which of those carry the queries' common terms, and how many
            // terms each has, from their stored propositions (one row a
            // candidate, read by row id): the matcher then knows what each
            // may share and weighs at least, and compares only those that
            // may match. Claims stored before propositions were kept have
            // their terms read from the term index instead.
            let commonTerms = matcher.commonTerms(queries, frequency: frequency)
            let common = Set(commonTerms)
            let finder = StoredTermFinder(commonTerms)
            var commonCarriers: [String: [Int64]] = [:]
            var termCounts: [Int64: Int] = [:]
            var stored: [Int64: (content: String, proposition: String)] = [:]
            var unread: [Int64] = []
            func note(_ claim: Int64, terms: [String]) {
                for term in terms where common.contains(term) { commonCarriers[term, default: []].append(claim) }
                termCounts[claim] = terms.count
            }
            for chunk in first.chunked(500) {
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT rowid, content, proposition FROM libraryClaim WHERE rowid IN (\(placeholders(chunk.count)))",
                    arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    let claim: Int64 = row[0]
                    guard let proposition: String = row[2] else {
                        unread.append(claim)
                        continue
                    }
                    stored[claim] = (row[1], proposition)
                    let (count, carried) = finder.scan(proposition)
                    for index in carried { commonCarriers[commonTerms[index], default: []].append(claim) }
                    termCounts[claim] = count
                }
            }
            for chunk in unread.chunked(500) {
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT claim, group_concat(term, ' ') FROM libraryTerm INDEXED BY libraryTerm_by_claim
                        WHERE claim IN (\(placeholders(chunk.count))) GROUP BY claim
                        """,
                    arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    note(row[0], terms: (row[1] as String).split(separator: " ").map(String.init))
                }
            }
            let (claims, total) = matcher.lookupCandidates(
                queries, postings: postings, frequency: frequency, total: libraryTotal, commonCarriers: commonCarriers,
                termCounts: termCounts)
            // Only what comparing needs of the candidates (their article and
            // proposition); the rest is read for the claims that match.
            var candidates: [(claim: Int64, content: String, proposition: Proposition)] = []
            for claim in claims {
                if let (content, line) = stored[claim], let proposition = Proposition(stored: line) {
                    candidates.append((claim, content, proposition))
                }
            }
            // Claims stored before the library kept propositions are read again.
            let kept = Set(claims)
            for (claim, found) in try Self.libraryClaims(unread.filter(kept.contains), in: db) {
                candidates.append((claim, found.claim.content, reader.record(of: found.claim, in: found.article).proposition))
            }
            let links = matcher.lookup(
                queries.map(\.proposition), groups: queries.map(\.article), among: candidates.map(\.proposition),
                groups: candidates.map(\.content), frequency: frequency, total: total)
            let matching = try Self.libraryClaims(Array(Set(links.map { candidates[$0.candidate].claim })), in: db)
            var matches = [[LibraryMatch]](repeating: [], count: queries.count)
            for link in links {
                guard let found = matching[candidates[link.candidate].claim] else { continue }
                matches[link.query].append(
                    LibraryMatch(article: found.article, claim: found.claim, isDenial: link.kind == .denial, score: link.score))
            }
            return matches
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
        // A folder's listing gives paths that are so already; a folder of
        // thousands is looked up path by path.
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/"), path.count > 1, !parts.dropFirst().contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return path
        }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

extension ArticleStore {
    /// Library claims with their articles, by claim row.
    fileprivate static func libraryClaims(_ claims: [Int64], in db: Database) throws
        -> [Int64: (article: LibraryArticle, claim: LibraryClaim)]
    {
        var found: [Int64: (article: LibraryArticle, claim: LibraryClaim)] = [:]
        for chunk in claims.chunked(500) {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.rowid AS claimRow, \(LibraryRows.claimColumns("c")), \(LibraryRows.articleColumns("a"))
                    FROM libraryClaim c JOIN libraryArticle a ON a.content = c.content
                    WHERE c.rowid IN (\(placeholders(chunk.count)))
                    """,
                arguments: StatementArguments(chunk))
            for row in rows { found[row["claimRow"]] = (LibraryRows.article(row), LibraryRows.claim(row)) }
        }
        return found
    }
}

/// The row ids of a `group_concat` list ("12,40,41"), read byte by byte:
/// splitting a String by Character costs more than the query.
private func rowIDs(in list: String) -> [Int64] {
    var ids: [Int64] = []
    var value: Int64 = 0
    var digits = false
    for byte in list.utf8 {
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            digits = true
        } else {
            if digits { ids.append(value) }
            value = 0
            digits = false
        }
    }
    if digits { ids.append(value) }
    return ids
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
