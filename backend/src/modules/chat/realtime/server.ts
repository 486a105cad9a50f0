import { createServer, type Server as HttpServer } from "http"
import type { AddressInfo } from "net"
import { Server, type Socket } from "socket.io"
import { createAdapter } from "@socket.io/redis-adapter"
import Redis from "ioredis"

/** Who a socket speaks for, once its token was checked. */
export type ChatSocketActor = {
  type: "customer" | "user"
  id: string
  name: string
  /** an admin viewing as the customer: may read, never write */
  read_only: boolean
}

export type ChatSocketServerOptions = {
  /** 0 = any free port (tests); the bound one is `port` afterwards */
  port: number
  host?: string
  /** allowed browser origins (STORE_CORS + ADMIN_CORS) */
  cors: (string | RegExp)[]
  /** with a Redis URL, rooms span every instance (socket.io Redis adapter) */
  redisUrl?: string
  /** prefix of the adapter's Redis channels */
  redisKey?: string
  logger: { info(msg: string): void; warn(msg: string): void; error(msg: string): void }
  /** checks the handshake token; null refuses the connection with "unauthorized" */
  authenticate: (token: string) => Promise<ChatSocketActor | null>
  /** registers the client → server events of one accepted socket */
  onConnection: (socket: Socket, actor: ChatSocketActor) => void
}

export const customerRoom = (customerId: string) => `customer:${customerId}`
export const chatRoom = (chatId: string) => `chat:${chatId}`
export const ADMINS_ROOM = "admins"

/**
 * socket.io on its own HTTP server and port (Medusa keeps its own HTTP
 * server private). Customers join their `customer:<id>` room and admins the
 * `admins` room on connect; `chat:<id>` rooms are joined on request.
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
      socket.join(actor.type === "customer" ? customerRoom(actor.id) : ADMINS_ROOM)
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
      server.io.adapter(createAdapter(pub, sub, { key: options.redisKey || "cloudservices-chat" }))
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

  /** Sends `event` to every socket in any of `rooms` (each socket once) but those in `except`, on every instance. */
  emit(rooms: string | string[], event: string, payload: unknown, except?: string | string[]) {
    ;(except ? this.io.to(rooms).except(except) : this.io.to(rooms)).emit(event, payload)
  }

  async close() {
    this.io.disconnectSockets(true)
    await new Promise<void>((resolve) => this.io.close(() => resolve()))
    await Promise.all(this.redis.map((r) => r.quit().catch(() => r.disconnect())))
    this.redis = []
  }
}
