import FuzzSupport

// Each input read as `article.txt`.
FuzzDriver.run { bytes, count in FuzzCheck.run(bytes, count, name: "article.txt") }
