import FuzzSupport

// Each input read as `page.html`.
FuzzDriver.run { bytes, count in FuzzCheck.run(bytes, count, name: "page.html") }
