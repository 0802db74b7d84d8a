import FuzzSupport

// Each input read as `input`, its format told by its bytes alone.
FuzzDriver.run { bytes, count in FuzzCheck.run(bytes, count, name: "input") }
