import type { MedusaContainer } from "@medusajs/framework/types"
import net from "net"
import { io as connect, type Socket } from "socket.io-client"
import type ChatModuleService from "../src/modules/chat/service"
import { adminHeaders, seedStore, type StoreContext } from "./helpers"

export type Headers = { headers: Record<string, string> }

export const REDIS = { host: "127.0.0.1", port: 6379 }
// the socket server of this run binds any free port (0); the assistant answers offline
Object.assign(process.env, { CHAT_SOCKET_PORT: "0", GEMINI_API_KEY: "", CHAT_REDIS_KEY: `chat-spec-${process.pid}-${Date.now()}` })

/** Whether a Redis server answers PING at 127.0.0.1:6379 (then the chat's socket server uses the Redis adapter). */
export function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(REDIS)
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once("error", () => done(false))
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (d) => done(d.toString().startsWith("+PONG")))
  })
}

export let withRedis = false
// before the app boots (the runner's own beforeAll runs after this one): only the chat module gets Redis
// (socket.io adapter, emitter and ticket revocations; pub/sub spans Redis databases, the key prefix keeps runs apart)
beforeAll(async () => {
  withRedis = await redisAnswers()
  if (withRedis) {
    process.env.CHAT_REDIS_URL = `redis://${REDIS.host}:${REDIS.port}/9`
  } else {
    // eslint-disable-next-line no-console
    console.warn("chat.spec: no Redis at 127.0.0.1:6379 — the cross-instance and emitter socket tests are skipped")
  }
})

/** Without Redis those tests can't run; on CI (which runs Redis) that is a failure, not a silent pass. */
export function skippedWithoutRedis() {
  if (withRedis) {
    return false
  }
  expect(process.env.CI ? "no Redis at 127.0.0.1:6379" : "skipped").toBe("skipped")
  // eslint-disable-next-line no-console
  console.warn("chat.spec: skipped a Redis socket test (no Redis at 127.0.0.1:6379)")
  return true
}

/** The next `event` on `socket` that `match` accepts (fails after 5 s). */
export function next<T = any>(socket: Socket, event: string, match: (payload: T) => boolean = () => true, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler)
      reject(new Error(`no matching "${event}" within ${ms} ms`))
    }, ms)
    const handler = (payload: T) => {
      if (match(payload)) {
        clearTimeout(timer)
        socket.off(event, handler)
        resolve(payload)
      }
    }
    socket.on(event, handler)
  })
}

/** Whether `event` arrives within `ms` (to prove that something is NOT delivered). */
export async function arrives(socket: Socket, event: string, match: (p: any) => boolean = () => true, ms = 700) {
  try {
    await next(socket, event, match, ms)
    return true
  } catch {
    return false
  }
}

export const ack = (socket: Socket, event: string, payload: unknown): Promise<any> =>
  new Promise((resolve) => socket.emit(event, payload, resolve))

/**
 * The shared set-up of the chat specs (chat.spec.ts, chat-socket-admin.spec.ts): registers
 * their hooks in the calling test suite and hands back its helpers.
 */
export function setupChatSpec({ api, getContainer }: { api: any; getContainer: () => MedusaContainer }) {
  let ctx: StoreContext
  let admin: Headers
  let adminUser: { id: string; email: string; first_name?: string | null }
  const sockets: Socket[] = []

  beforeAll(async () => {
    ctx = await seedStore(getContainer(), api)
    admin = await adminHeaders(api)
    adminUser = (await api.get("/admin/users/me", admin)).data.user
  })

  afterEach(() => {
    while (sockets.length) {
      sockets.pop()!.close()
    }
  })

  /** A socket.io client connected with `token` to `url`. */
  async function open(url: string, token: string) {
    const socket = connect(url, { auth: { token }, transports: ["websocket"], forceNew: true, reconnection: false })
    sockets.push(socket)
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve())
      socket.once("connect_error", reject)
    })
    return socket
  }

  /** A socket.io client signed in with the ticket of GET /store|admin/chats/socket (to its URL, or `url`). */
  async function socketFor(headers: Headers, side: "store" | "admin", url?: string) {
    const { data } = await api.get(`/${side}/chats/socket`, headers)
    return await open(url ?? data.url, data.token)
  }

  /** The error a connection attempt with `token` gets ("unauthorized" for a refused ticket). */
  async function refused(url: string, token?: string) {
    const socket = connect(url, { auth: token ? { token } : {}, transports: ["websocket"], forceNew: true, reconnection: false })
    sockets.push(socket)
    return (await new Promise<Error>((resolve) => socket.once("connect_error", resolve))).message
  }

  const chatModule = () => getContainer().resolve<ChatModuleService>("chat")

  async function emails(to: string, template: string) {
    for (let i = 0; i < 50; i++) {
      const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(to)}&template=${template}`, admin)
      if (data.count) {
        return data.notification_logs
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    return []
  }

  const startChat = async (shopper: { headers: Headers }, message?: string) =>
    (await api.post("/store/chats", message ? { message } : {}, shopper.headers)).data



  /** Waits until the event was emitted (the spec subscribes through the event bus). */
  const seenEvents: { name: string; data: any }[] = []
  beforeAll(() => {
    const bus = getContainer().resolve("event_bus") as any
    for (const name of ["chat.handed_over", "chat.converted", "chat.message_created"]) {
      bus.subscribe(name, async (event: any) => {
        seenEvents.push({ name, data: event.data })
      }, { subscriberId: `chat-spec-${name}` })
    }
  })
  async function expectEvent(name: string, id: string) {
    for (let i = 0; i < 50 && !seenEvents.some((e) => e.name === name && e.data.id === id); i++) {
      await new Promise((r) => setTimeout(r, 100))
    }
    expect(seenEvents.filter((e) => e.name === name && e.data.id === id).length).toBeGreaterThan(0)
  }

  return {
    sockets, chatModule, startChat, seenEvents, open, socketFor, refused, emails, expectEvent,
    /** the values the hooks above set, read after they ran */
    state: () => ({ ctx, admin, adminUser }),
  }
}
