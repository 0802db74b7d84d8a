import Foundation

/// The real article texts the benchmark parses: the bundled samples, the
/// project's annotated corpora and, when present beside the project, the
/// shared corpus and the PolNeAR news texts.
enum BenchArticles {
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func texts(includingPolNeAR: Bool) -> [String] {
        var texts = articleTexts(in: projectRoot.appendingPathComponent("Sources/crosscheck/Samples"))
        for corpus in ["DevCorpus", "HeldOut", "HeldOut2", "HeldOut3"] {
            texts += articleTexts(
                in: projectRoot.appendingPathComponent("Tests/ClaimKitTests/Fixtures").appendingPathComponent(corpus))
        }
        let shared = projectRoot.deletingLastPathComponent().appendingPathComponent("shared")
        texts += articleTexts(in: shared.appendingPathComponent("corpus"))
        if includingPolNeAR {
            texts += articleTexts(in: shared.appendingPathComponent("polnear/train/text"))
        }
        return texts
    }

    private static func articleTexts(in folder: URL) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
            try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }
}

/// CPU time of this thread: unlike wall time, it does not count the
/// moments other processes on a busy machine had the core.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // Linux reports kilobytes
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("crosscheck-bench: \(message)\n".utf8))
    exit(1)
}
