/// Leaks LeakSanitizer is told to ignore, read by the sanitizer runtime at
/// start-up. Foundation's XMLParser (which reads feeds) keeps each libxml2
/// error it reports as a CFString it never frees: not ClaimKit's to fix,
/// and reported on the first malformed feed, which would stop fuzz-feed.
@_cdecl("__lsan_default_suppressions")
public func leakSuppressions() -> UnsafePointer<CChar> {
    let list: StaticString = "leak:_CFErrorCreateFromXMLInterface\n"
    return UnsafeRawPointer(list.utf8Start).assumingMemoryBound(to: CChar.self)
}
