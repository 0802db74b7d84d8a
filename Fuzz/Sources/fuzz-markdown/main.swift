import FuzzSupport

// Each input read as `article.md`.
FuzzDriver.run { bytes, count in FuzzCheck.run(bytes, count, name: "article.md") }
