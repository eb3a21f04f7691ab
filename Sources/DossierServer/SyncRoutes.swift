import DossierEvents
import DossierLog
import DossierSync
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The sync HTTP routes (`Schemas/sync-protocol.md`):
/// `POST /v1/pull` (body: the client's version vector; answer: a sync stream of what it lacks) and
/// `POST /v1/push` (body: a sync stream; answer: JSON `PushReply`).
public enum SyncRoutes {
    static let serverHeader = HTTPField.Name(ResponseSignature.headerName)!

    /// A router serving `service`.
    public static func router(_ service: SyncService) -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/v1/pull") { request, context in
            await respond(service, request, context, path: "/v1/pull", handler: pull)
        }
        router.post("/v1/push") { request, context in
            await respond(service, request, context, path: "/v1/push", handler: push)
        }
        router.get("/v1/health") { _, _ in
            Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: "dossier sync v1\n")))
        }
        return router
    }

    typealias Handler = @Sendable (SyncService, [UInt8], RequestSignature) async throws(SyncError) -> (ResponseBody, String)

    static func respond(_ service: SyncService, _ request: Request, _ context: BasicRequestContext, path: String,
                        handler: Handler) async -> Response {
        do {
            let length = request.headers[.contentLength].flatMap { Int($0) }
            let signature = try service.admit(authorization: request.headers[.authorization], method: "POST", path: path, contentLength: length)
            let collected: ByteBuffer
            do {
                collected = try await request.body.collect(upTo: service.maxBodyBytes)
            } catch {
                throw SyncError(code: .tooLarge, message: "the request body is over the limit of \(service.maxBodyBytes) bytes (or was cut short); nothing stored")
            }
            let body = Array(collected.readableBytesView)
            try signature.verifyBody(body)
            let (responseBody, contentType) = try await handler(service, body, signature)
            let answer = try ResponseSignature.sign(method: "POST", path: path, requestNonce: signature.nonce, identity: service.identity)
            var headers = HTTPFields()
            headers[serverHeader] = answer.headerValue
            headers[.contentType] = contentType
            return Response(status: .ok, headers: headers, body: responseBody)
        } catch let error as SyncError {
            return failure(error)
        } catch {
            return failure(SyncError(code: .invalid, message: "internal error: \(error)"))
        }
    }

    static func failure(_ error: SyncError) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        if error.httpStatus == 401 { headers[.wwwAuthenticate] = "Dossier" }
        return Response(status: HTTPResponse.Status(code: error.httpStatus), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(string: error.message + "\n")))
    }

    @Sendable static func pull(_ service: SyncService, _ body: [UInt8], _ signature: RequestSignature) async throws(SyncError) -> (ResponseBody, String) {
        let vector = try VectorCoding.decode(body, maxAuthors: service.limits.maxAuthors)
        let replica = try service.open(false)
        let (manifest, wants) = SyncResponder.answerPull(requester: vector, replica: replica, sender: service.identity.key, nowMillis: service.clock())
        let first = StreamFormat.preamble() + StreamFormat.frame(manifest)
        if wants.isEmpty {
            let whole = first + StreamFormat.frame(StreamEnd(chunks: 0, chunkBytes: 0))
            return (ResponseBody(byteBuffer: ByteBuffer(bytes: whole)), "application/x-dossier-stream")
        }
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(bytes: first))
            var chunks = 0, bytes = 0
            for want in wants {
                for chunk in try replica.syncExport(author: want.author, after: want.after, maxChunkBytes: 32 << 20) {
                    try await writer.write(ByteBuffer(bytes: StreamFormat.frame(chunk)))
                    chunks += 1
                    bytes += chunk.bytes.count
                }
            }
            try await writer.write(ByteBuffer(bytes: StreamFormat.frame(StreamEnd(chunks: chunks, chunkBytes: bytes))))
            try await writer.finish(nil)
        }
        return (body, "application/x-dossier-stream")
    }

    @Sendable static func push(_ service: SyncService, _ body: [UInt8], _ signature: RequestSignature) async throws(SyncError) -> (ResponseBody, String) {
        let reply = try service.importPush(body)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(reply)) ?? Data("{}".utf8)
        return (ResponseBody(byteBuffer: ByteBuffer(bytes: Array(data))), "application/json")
    }
}

/// `dossier serve`: the sync server on a socket until SIGTERM or SIGINT (graceful shutdown).
public enum SyncServer {
    /// Builds the application for `service` on `host:port`.
    public static func application(_ service: SyncService, host: String, port: Int,
                                   onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: SyncRoutes.router(service),
                    configuration: .init(address: .hostname(host, port: port), serverName: nil),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) })
    }

    /// Runs until SIGTERM/SIGINT, finishing in-flight requests before returning.
    public static func run(_ service: SyncService, host: String, port: Int,
                           onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(service, host: host, port: port, onRunning: onRunning).runService() // graceful shutdown on SIGTERM and SIGINT (the default signals)
    }
}
