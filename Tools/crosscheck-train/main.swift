import ArgumentParser
import ClaimKit
import Foundation

/// Retrains the cue model from PolNeAR and writes it where ClaimKit ships
/// it: `swift run -c release crosscheck-train ../shared/polnear`.
@main
struct CrosscheckTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck-train",
        abstract: "Train ClaimKit's cue model on PolNeAR's train split and report it on dev.",
        discussion: "Example: swift run -c release crosscheck-train ../shared/polnear")

    @Argument(help: "The PolNeAR folder, holding train/ and dev/ (text/ and attributions/ in each).")
    var corpus: String

    @Option(help: "Where to write the model.")
    var output = "Sources/ClaimKit/Lexicons/cue-model.bin"

    @Option(help: "Passes over the training examples.")
    var epochs = 8

    func run() throws {
        let lexicon: Lexicon
        do {
            lexicon = try Lexicon.bundled()
        } catch {
            throw ValidationError("cannot load the lexicons: \(error)")
        }
        let trainer = CueTrainer(lexicon: lexicon)
        let result = try trainer.train(corpus: URL(fileURLWithPath: corpus), epochs: epochs)
        print("train: \(result.train)")
        print("dev:   \(result.dev)")
        try Data(result.model).write(to: URL(fileURLWithPath: output), options: .atomic)
        print("wrote \(output) (\(result.model.count) bytes)")
    }
}
