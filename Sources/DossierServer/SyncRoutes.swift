import DossierEvents
import DossierLog
import DossierSync
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import NIOPosix

/// The sync HTTP routes (`Schemas/sync-protocol.md`):
/// `POST /v1/pull` (body: the client's version vector; answer: a signed sync stream of what it lacks) and
/// `POST /v1/push` (body: a sync stream; answer: JSON `PushReply`).
public enum SyncRoutes {
    static let serverHeader = HTTPField.Name(ResponseSignature.headerName)!

    /// A router serving `service`.
    public static func router(_ service: SyncService) -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/v1/pull") { request, context in
            try await respond(service, request, context, path: "/v1/pull", handler: pull)
        }
        router.post("/v1/push") { request, context in
            try await respond(service, request, context, path: "/v1/push", handler: push)
        }
        router.get("/v1/health") { _, _ in
            Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: "dossier sync v1\n")))
        }
        return router
    }

    typealias Handler =
        @Sendable (SyncService, [UInt8], RequestSignature) async throws(SyncError) -> (ResponseBody, String)

    /// Admits the request from its headers, reads its body within the bounds, runs `handler` and
    /// signs the answer. Every failure is a `SyncError`, answered through `HTTPResponseError`;
    /// internal ones are reported to the operator and answered without details.
    static func respond(
        _ service: SyncService, _ request: Request, _ context: BasicRequestContext, path: String,
        handler: Handler
    ) async throws(SyncError) -> Response {
        do {
            let length = request.headers[.contentLength].flatMap { Int($0) }
            let signature = try service.admit(
                authorization: request.headers[.authorization], method: "POST", path: path, contentLength: length)
            let body = try await collect(request, service: service)
            try signature.verifyBody(body)
            let (responseBody, contentType) = try await handler(service, body, signature)
            let answer = try ResponseSignature.sign(
                method: "POST", path: path, requestNonce: signature.nonce, identity: service.identity)
            var headers = HTTPFields()
            headers[serverHeader] = answer.headerValue
            headers[.contentType] = contentType
            return Response(status: .ok, headers: headers, body: responseBody)
        } catch {
            if error.httpStatus == 500 { service.report("sync \(path): \(error.message)") }
            throw error
        }
    }

    /// Reads the body, at most `maxBodyBytes`, within the body timeout.
    static func collect(_ request: Request, service: SyncService) async throws(SyncError) -> [UInt8] {
        let limit = service.maxBodyBytes
        let deadline = service.timeouts.body
        let result: Result<ByteBuffer, SyncError> = await withTaskGroup(of: Result<ByteBuffer, SyncError>?.self) {
            group in
            group.addTask {
                do { return .success(try await request.body.collect(upTo: limit)) } catch {
                    return .failure(
                        SyncError(
                            code: .tooLarge,
                            message:
                                "the request body is over the limit of \(limit) bytes (or was cut short); nothing stored"
                        ))
                }
            }
            group.addTask {
                try? await Task.sleep(for: deadline)
                return Task.isCancelled
                    ? nil
                    : .failure(
                        SyncError(
                            code: .timeout,
                            message: "the request body did not arrive within \(deadline); nothing stored"))
            }
            var first: Result<ByteBuffer, SyncError>?
            while first == nil, let next = await group.next() { first = next }
            group.cancelAll()
            return first
                ?? .failure(SyncError(code: .timeout, message: "the request body did not arrive; nothing stored"))
        }
        return Array(try result.get().readableBytesView)
    }

    @Sendable static func pull(_ service: SyncService, _ body: [UInt8], _ signature: RequestSignature)
        async throws(SyncError) -> (ResponseBody, String)
    {
        let vector = try VectorCoding.decode(body, maxAuthors: service.limits.maxAuthors)
        let (replica, manifest, wants) = try await offLoop { () throws(SyncError) in
            let replica = try service.open(false)
            let (manifest, wants) = SyncResponder.answerPull(
                requester: vector, replica: replica, sender: service.identity.key, nowMillis: service.clock())
            return (replica, manifest, wants)
        }
        var writer = StreamWriter()
        let first = writer.start(manifest)
        if wants.isEmpty {
            let whole = first + (try writer.end(signer: service.identity))
            return (ResponseBody(byteBuffer: ByteBuffer(bytes: whole)), "application/x-dossier-stream")
        }
        let identity = service.identity
        let report = service.report
        let body = ResponseBody { [writer] output in
            var writer = writer
            try await output.write(ByteBuffer(bytes: first))
            do {
                for want in wants {
                    let chunks = try await offLoop { () throws(SyncError) in
                        try replica.syncExport(author: want.author, after: want.after, maxChunkBytes: 32 << 20)
                    }
                    for chunk in chunks { try await output.write(ByteBuffer(bytes: writer.chunk(chunk))) }
                }
                try await output.write(ByteBuffer(bytes: try writer.end(signer: identity)))
            } catch let error as SyncError {
                // The client sees a stream without its end frame and keeps what arrived whole.
                report("sync /v1/pull: \(error.message)")
                throw error
            }
            try await output.finish(nil)
        }
        return (body, "application/x-dossier-stream")
    }

    @Sendable static func push(_ service: SyncService, _ body: [UInt8], _ signature: RequestSignature)
        async throws(SyncError) -> (ResponseBody, String)
    {
        let reply = try await offLoop { () throws(SyncError) in try service.importPush(body, signer: signature.key) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(reply)) ?? Data("{}".utf8)
        return (ResponseBody(byteBuffer: ByteBuffer(bytes: Array(data))), "application/json")
    }
}

/// Runs blocking store work (file reads, fsync) on NIO's thread pool, off the tasks that serve
/// connections.
func offLoop<T: Sendable>(_ body: @escaping @Sendable () throws(SyncError) -> T) async throws(SyncError) -> T {
    do {
        return try await NIOThreadPool.singleton.runIfActive { try body() }
    } catch let error as SyncError {
        throw error
    } catch {
        throw SyncError(code: .io, message: "the server's thread pool could not run the request: \(error)")
    }
}

extension SyncError: HTTPResponseError {
    /// The HTTP status of this refusal.
    public var status: HTTPResponse.Status { HTTPResponse.Status(code: httpStatus) }

    /// A `text/plain` answer: one line saying what was refused and what to do (no internals).
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        if httpStatus == 401 { headers[.wwwAuthenticate] = "Dossier" }
        return Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: publicMessage + "\n")))
    }
}

/// `dossier serve`: the sync server on a socket until SIGTERM or SIGINT (graceful shutdown).
public enum SyncServer {
    /// Builds the application for `service` on `host:port`, with the service's time limits.
    public static func application(
        _ service: SyncService, host: String, port: Int,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let timeouts = service.timeouts
        let configuration = HTTP1Channel.Configuration(
            additionalChannelHandlers: [
                IdleStateHandler(readTimeout: TimeAmount(timeouts.idle)),
                RequestHeadTimeoutHandler(timeout: TimeAmount(timeouts.header)),
            ],
            idleTimeout: TimeAmount(timeouts.idle))
        return Application(
            router: SyncRoutes.router(service), server: .http1(configuration: configuration),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) })
    }

    /// Runs until SIGTERM/SIGINT, finishing in-flight requests before returning.
    public static func run(
        _ service: SyncService, host: String, port: Int,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        // Shuts down gracefully on SIGTERM and SIGINT (the default signals).
        try await application(service, host: host, port: port, onRunning: onRunning).runService()
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
