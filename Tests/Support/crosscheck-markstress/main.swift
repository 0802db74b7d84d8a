import ClaimStore
import Foundation

// Test helper for the store's durability tests, not shipped:
//     crosscheck-markstress DATABASE ARTICLE PREFIX COUNT
// marks claims PREFIX-0 … PREFIX-49 of ARTICLE over and over, cycling
// through the statuses, COUNT times (0: until killed). Each mark carries a
// unique note "PREFIX#i" and is reported on stdout as "PREFIX-k status
// PREFIX#i" only after `setMark` has returned, so every reported mark
// must be found on disk whenever the process dies.

let arguments = CommandLine.arguments
guard arguments.count == 5, let count = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: crosscheck-markstress DATABASE ARTICLE PREFIX COUNT\n".utf8))
    exit(2)
}
let (database, article, prefix) = (arguments[1], arguments[2], arguments[3])
let statuses: [MarkStatus] = [.verified, .disputed, .false, .unverified]

do {
    let store = try MarkStore(path: database)
    var index = 0
    while count == 0 || index < count {
        let claim = "\(prefix)-\(index % 50)"
        let note = "\(prefix)#\(index)"
        let mark = try store.setMark(
            article: article, claim: claim, status: statuses[index % statuses.count], note: note, author: prefix)
        // An unbuffered write: the line leaves the process before the next mark starts.
        FileHandle.standardOutput.write(Data("\(mark.claimFingerprint) \(mark.status.rawValue) \(mark.note ?? "")\n".utf8))
        index += 1
    }
} catch {
    FileHandle.standardError.write(Data("crosscheck-markstress: \(error)\n".utf8))
    exit(1)
}
