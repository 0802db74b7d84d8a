import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Downloads an http(s) address synchronously: redirects followed (to
/// http(s) addresses only), a timeout, and a size cap so a huge or
/// endless response cannot fill memory.
public struct URLFetcher: Sendable {
    /// What came back: the body and what the server said it is.
    public struct Response: Sendable {
        public var data: Data
        /// The media type without parameters, lower-cased (`text/html`).
        public var mimeType: String?
        /// The charset the `Content-Type` header names, if any.
        public var charset: String?
    }

    public var timeout: TimeInterval
    public var maximumBytes: Int

    public init(timeout: TimeInterval = 30, maximumBytes: Int = 20 * 1024 * 1024) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
    }

    /// Whether `location` is an address this fetcher reads.
    public static func isWebAddress(_ location: String) -> Bool {
        let lowered = location.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    public func fetch(_ address: String) throws -> Response {
        guard let url = URL(string: address), url.host != nil else {
            throw ClaimKitError.unreadable(path: address, reason: "not a valid web address")
        }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.setValue("text/html, application/rss+xml, application/atom+xml, text/*;q=0.8", forHTTPHeaderField: "Accept")
        let download = Download(maximumBytes: maximumBytes)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration, delegate: download, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        let task = session.dataTask(with: request)
        task.resume()
        // The session's own timeouts normally end the task first; this
        // bound only guards against a task that never reports back.
        if download.finished.wait(timeout: .now() + timeout + 5) == .timedOut {
            task.cancel()
            throw ClaimKitError.unreadable(path: address, reason: "no answer within \(Int(timeout)) seconds")
        }
        let outcome = download.outcome()
        if outcome.tooLarge {
            throw ClaimKitError.unreadable(path: address, reason: "the response is larger than \(limitDescription)")
        }
        if let error = outcome.error {
            throw ClaimKitError.unreadable(path: address, reason: URLFetcher.reason(for: error, timeout: timeout))
        }
        guard let response = outcome.response as? HTTPURLResponse else {
            throw ClaimKitError.unreadable(path: address, reason: "no HTTP response")
        }
        guard (200..<300).contains(response.statusCode) else {
            let status = HTTPURLResponse.localizedString(forStatusCode: response.statusCode)
            throw ClaimKitError.unreadable(path: address, reason: "HTTP \(response.statusCode) \(status)")
        }
        return Response(data: outcome.data, mimeType: response.mimeType?.lowercased(), charset: response.textEncodingName)
    }

    private var limitDescription: String {
        let mebibyte = 1024 * 1024
        return maximumBytes % mebibyte == 0 ? "\(maximumBytes / mebibyte) MiB" : "\(maximumBytes) bytes"
    }

    static func reason(for error: Error, timeout: TimeInterval) -> String {
        guard let error = error as? URLError else { return error.localizedDescription }
        switch error.code {
        case .cannotConnectToHost: return "connection refused"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .timedOut: return "no answer within \(Int(timeout)) seconds"
        case .notConnectedToInternet, .networkConnectionLost: return "the network is unreachable"
        case .httpTooManyRedirects, .redirectToNonExistentLocation: return "too many redirects"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return "the secure connection failed"
        case .unsupportedURL: return "unsupported address"
        default: return error.localizedDescription
        }
    }
}

/// Collects one response for `URLFetcher`. URLSession calls it on its
/// own queue while the caller waits, so its state sits behind a lock.
private final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct Outcome {
        var data = Data()
        var response: URLResponse?
        var error: Error?
        var tooLarge = false
    }

    let finished = DispatchSemaphore(value: 0)
    private let maximumBytes: Int
    private let lock = NSLock()
    private var state = Outcome()

    init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    func outcome() -> Outcome {
        lock.withLock { state }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let tooLarge = response.expectedContentLength > Int64(maximumBytes)
        lock.withLock {
            state.response = response
            state.tooLarge = tooLarge
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow = lock.withLock {
            state.data.append(data)
            if state.data.count > maximumBytes { state.tooLarge = true }
            return state.tooLarge
        }
        if overflow { dataTask.cancel() }
    }

    /// Follows a redirect to where its `Location` points, read relative
    /// to the address that answered: FoundationNetworking on Linux
    /// misreads a bare path such as `/story/` and asks the same address
    /// again until it gives up.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        guard let location = response.value(forHTTPHeaderField: "Location"),
            let target = URL(string: location, relativeTo: response.url)?.absoluteURL
        else {
            completionHandler(request)
            return
        }
        // Only to the web: never to a local file or another scheme. The
        // redirect response itself is then the answer, reported by status.
        guard URLFetcher.isWebAddress(target.absoluteString) else {
            completionHandler(nil)
            return
        }
        var redirected = request
        redirected.url = target
        completionHandler(redirected)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock {
            if state.response == nil { state.response = task.response }
            state.error = error
        }
        finished.signal()
    }
}
