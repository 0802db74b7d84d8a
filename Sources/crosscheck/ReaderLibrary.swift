import ClaimKit
import ClaimStore
import Foundation
import ReaderCore

/// What the reader opens: every file of the folders given and every
/// other location, one parse job each, parsed in the background by a
/// `ParseQueue` and recorded in the marks database as each is parsed.
struct ReaderLibrary: Sendable {
    struct Job: Sendable {
        let location: String
        /// Found by walking a folder: a file there that is no article is skipped, not an error.
        let inFolder: Bool
    }

    let jobs: [Job]
    /// The locations that cannot be read at all, one line each.
    let unreadable: [String]

    /// Lists the files at each location without reading them; a location
    /// that does not exist or holds no articles gives a line in `unreadable`.
    init(locations: [String], loader: ArticleLoader) throws {
        var jobs: [Job] = []
        var unreadable: [String] = []
        for location in locations {
            do {
                let (files, isFolder) = try loader.files(at: location)
                jobs += files.map { Job(location: $0, inFolder: isFolder) }
            } catch let error as ClaimKitError {
                unreadable.append(Self.line(for: error, at: location))
            }
        }
        self.jobs = jobs
        self.unreadable = unreadable
    }

    /// The queue that parses the jobs: each article read back from the
    /// parse cache or parsed (and then kept there and registered with the
    /// marks database), and handed over.
    func queue(session: ParseSession, cache: ParseCache) -> ParseQueue {
        let jobs = jobs
        return ParseQueue(
            count: jobs.count,
            readTitle: { job in
                let location = jobs[job].location
                return location == "-" || URLFetcher.isWebAddress(location) ? nil : QuickTitle.ofFile(location)
            },
            parse: { index in
                let job = jobs[index]
                do {
                    let articles = try job.inFolder
                        ? session.loader.articles(inFile: job.location) : session.loader.load(job.location)
                    let analyses = try articles.map { try cache.analysis(of: $0, parser: session.parser) }
                    return .parsed(job: index, analyses: analyses)
                } catch let error as ClaimKitError where job.inFolder {
                    return .failed(job: index, reason: "skipped \(error)", skipped: true)
                } catch let error as ClaimKitError {
                    return .failed(job: index, reason: Self.line(for: error, at: job.location), skipped: false)
                } catch {
                    return .failed(
                        job: index, reason: "\(job.location): not recorded in the marks database: \(error)", skipped: false)
                }
            })
    }

    /// One line for a location that cannot be read, with the command it may have meant.
    static func line(for error: ClaimKitError, at location: String) -> String {
        var line = String(describing: error)
        let commands = CommandSuggestion.nearest(to: location)
        if !commands.isEmpty { line += " (\(CommandSuggestion.question(for: commands)))" }
        return line
    }
}
