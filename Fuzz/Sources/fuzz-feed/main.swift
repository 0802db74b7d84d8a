import FuzzSupport

// Each input read as `feed.xml`.
FuzzDriver.run { bytes, count in FuzzCheck.run(bytes, count, name: "feed.xml") }
