import ClaimKit
import Foundation
import HostileInputs

/// `crosscheck-bench --scaling`: MB/s at growing sizes for real articles
/// and for each hostile input. Every case runs in a child process of its
/// own, so that its peak memory is its own and a case that has gone
/// quadratic can be stopped at the time budget. Time per megabyte that
/// stays the same from the smallest size to the largest shows the parse
/// is linear; the last column is that ratio.
enum ScalingBench {
    /// The inputs measured: real articles parsed one by one, then each hostile input as one article.
    static let cases = ["real-articles"] + HostileInput.allCases.map(\.rawValue)

    static func title(of name: String) -> String {
        HostileInput(rawValue: name)?.title ?? "real articles, one by one"
    }

    static let memoryLimitGigabytes = 6

    struct Measurement {
        var megabytesPerSecond: Double
        var seconds: Double
        var peakMegabytes: Double
    }

    enum Outcome {
        case measured(Measurement)
        case overBudget(Double)
        /// The child died, most likely of the memory limit.
        case died(signal: Int32)
        case skipped(predicted: Double)
    }

    static func run(sizes: [Double], budget: Double) {
        print("scaling benchmark (one core, release build): MB/s of CPU time (peak resident MB)")
        print("a case is stopped after \(Int(budget)) s or at \(memoryLimitGigabytes) GB of address space;")
        print("a size is skipped when the last one, scaled linearly, predicts more time than that")
        let header = sizes.map { pad(label(megabytes: $0), 18) }.joined()
        print(pad("input", 44) + header + "  largest/smallest")
        for name in cases {
            write(pad(title(of: name), 44))
            var rates: [Double] = []
            var last: (megabytes: Double, seconds: Double)?
            for megabytes in sizes {
                let outcome: Outcome
                if let last, last.seconds == .infinity {
                    outcome = .skipped(predicted: .infinity)
                } else if let last, last.seconds * megabytes / last.megabytes > budget {
                    outcome = .skipped(predicted: last.seconds * megabytes / last.megabytes)
                } else {
                    outcome = measure(name, megabytes: megabytes, budget: budget)
                }
                let cell: String
                switch outcome {
                case .measured(let measurement):
                    rates.append(measurement.megabytesPerSecond)
                    last = (megabytes, measurement.seconds)
                    cell = String(format: "%.2f (%.0f)", measurement.megabytesPerSecond, measurement.peakMegabytes)
                case .overBudget(let seconds):
                    last = (megabytes, .infinity)
                    cell = String(format: "> %.0f s", seconds)
                case .died(let signal):
                    last = (megabytes, .infinity)
                    cell = "died (signal \(signal))"
                case .skipped(let predicted):
                    cell = predicted == .infinity ? "skipped" : String(format: "skip (≥%.0f s)", predicted)
                }
                write(pad(cell, 18))
            }
            let ratio = rates.count >= 2 ? String(format: "%.2f", rates[rates.count - 1] / rates[0]) : "—"
            print("  " + ratio)
        }
    }

    /// Runs one case in a child process and reads its one-line report.
    static func measure(_ name: String, megabytes: Double, budget: Double) -> Outcome {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--scaling-case", name, String(megabytes)]
        let pipe = Pipe()
        child.standardOutput = pipe
        let finished = DispatchSemaphore(value: 0)
        child.terminationHandler = { _ in finished.signal() }
        do {
            try child.run()
        } catch {
            fail("cannot start \(child.executableURL!.path): \(error)")
        }
        if finished.wait(timeout: .now() + budget) == .timedOut {
            child.terminate()
            finished.wait()
            return .overBudget(budget)
        }
        if child.terminationReason == .uncaughtSignal { return .died(signal: child.terminationStatus) }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let fields = output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard child.terminationStatus == 0, fields.count == 3 else {
            fail("\(name) at \(megabytes) MB failed: \(output)")
        }
        return .measured(Measurement(megabytesPerSecond: fields[0], seconds: fields[1], peakMegabytes: fields[2]))
    }

    /// The child's side: builds the input, parses it and prints
    /// "MB/s CPU-seconds peak-MB".
    static func runCase(_ name: String, megabytes: Double) {
        // A case whose memory grows with the square of its input must not
        // take the machine down with it.
        var limit = rlimit(rlim_cur: rlim_t(memoryLimitGigabytes) << 30, rlim_max: rlim_t(memoryLimitGigabytes) << 30)
        setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        let parser: ClaimParser
        do {
            parser = try ClaimParser()
        } catch {
            fail("\(error)")
        }
        let bytes = Int(megabytes * 1_000_000)
        let articles = BenchArticles.texts(includingPolNeAR: true)
        guard !articles.isEmpty else { fail("no article texts found") }
        // Lexicon pages and code are touched once before timing starts.
        for text in articles.prefix(20) { _ = parser.parse(text: text) }
        var parsedBytes = 0
        var seconds = 0.0
        if let hostile = HostileInput(rawValue: name) {
            let text = hostile.text(bytes: bytes, articles: articles)
            parsedBytes = text.utf8.count
            let start = threadCPUSeconds()
            _ = parser.parse(text: text)
            seconds = threadCPUSeconds() - start
        } else {
            var index = 0
            while parsedBytes < bytes {
                let text = articles[index % articles.count]
                index += 1
                let start = threadCPUSeconds()
                _ = parser.parse(text: text)
                seconds += threadCPUSeconds() - start
                parsedBytes += text.utf8.count
            }
        }
        print(String(format: "%.4f %.4f %.1f", Double(parsedBytes) / 1e6 / seconds, seconds, peakResidentMegabytes()))
    }

    private static func write(_ text: String) {
        print(text, terminator: "")
        fflush(nil)
    }

    private static func label(megabytes: Double) -> String {
        megabytes < 1 ? String(format: "%.1f MB", megabytes) : String(format: "%.0f MB", megabytes)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text + " " : text + String(repeating: " ", count: width - count)
    }
}
