import { createServer, type Server as HttpServer } from "http"
import type { AddressInfo } from "net"
import { Server, type Socket } from "socket.io"
import { createAdapter } from "@socket.io/redis-adapter"
import Redis from "ioredis"
import { socketRooms, type ChatSocketActor } from "./tickets"

export type ChatSocketServerOptions = {
  /** 0 = any free port (tests); the bound one is `port` afterwards */
  port: number
  host?: string
  /** allowed browser origins (STORE_CORS + ADMIN_CORS) */
  cors: (string | RegExp)[]
  /** with a Redis URL, rooms span every instance (socket.io Redis adapter) */
  redisUrl?: string
  /** prefix of the adapter's Redis channels (the emitter publishes with the same) */
  redisKey: string
  logger: { info(msg: string): void; warn(msg: string): void; error(msg: string): void }
  /** checks the handshake's ticket; null refuses the connection with "unauthorized" */
  authenticate: (token: string) => Promise<ChatSocketActor | null>
  /** registers the client → server events of one accepted socket */
  onConnection: (socket: Socket, actor: ChatSocketActor) => void
}

/**
 * socket.io on its own HTTP server and port (Medusa keeps its own HTTP
 * server private). On connect customers join their `customer:<id>` room (and
 * a view-as-customer socket its session's room), admins the `admins` room;
 * `chat:<id>` rooms are joined on request. With Redis, the adapter makes
 * rooms span every instance and hears what the Redis emitter publishes.
 */
export class ChatSocketServer {
  readonly io: Server
  private readonly http: HttpServer
  private redis: Redis[] = []
  port = 0

  private constructor(private readonly options: ChatSocketServerOptions) {
    this.http = createServer((_req, res) => {
      res.writeHead(404).end()
    })
    this.io = new Server(this.http, {
      cors: { origin: options.cors.length ? options.cors : false, credentials: true },
      serveClient: false,
      // a socket that stops answering is dropped within ~45 s
      pingInterval: 20000,
      pingTimeout: 25000,
      maxHttpBufferSize: 64 * 1024,
    })
    this.io.use((socket, next) => {
      const token = socket.handshake.auth?.token
      if (typeof token !== "string" || !token) {
        return next(new Error("unauthorized"))
      }
      options
        .authenticate(token)
        .then((actor) => {
          if (!actor) {
            return next(new Error("unauthorized"))
          }
          socket.data.actor = actor
          next()
        })
        .catch((e: Error) => {
          options.logger.warn(`chat socket: handshake refused: ${e.message}`)
          next(new Error("unauthorized"))
        })
    })
    this.io.on("connection", (socket) => {
      const actor = socket.data.actor as ChatSocketActor
      socket.join(socketRooms(actor))
      options.onConnection(socket, actor)
    })
  }

  static async start(options: ChatSocketServerOptions): Promise<ChatSocketServer> {
    const server = new ChatSocketServer(options)
    if (options.redisUrl) {
      const pub = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: null })
      const sub = pub.duplicate()
      server.redis = [pub, sub]
      await Promise.all([pub.connect(), sub.connect()])
      server.io.adapter(createAdapter(pub, sub, { key: options.redisKey }))
    }
    await new Promise<void>((resolve, reject) => {
      server.http.once("error", reject)
      server.http.listen(options.port, options.host, () => {
        server.http.off("error", reject)
        resolve()
      })
    }).catch(async (e) => {
      await server.close()
      throw e
    })
    server.port = (server.http.address() as AddressInfo).port
    options.logger.info(`Chat socket.io server listening on port ${server.port}${options.redisUrl ? " (Redis adapter)" : ""}`)
    return server
  }

  async close() {
    // this instance's sockets only (with the Redis adapter, io.disconnectSockets would drop every instance's)
    this.io.local.disconnectSockets(true)
    await new Promise<void>((resolve) => this.io.close(() => resolve()))
    await Promise.all(this.redis.map((r) => r.quit().catch(() => r.disconnect())))
    this.redis = []
  }
}
