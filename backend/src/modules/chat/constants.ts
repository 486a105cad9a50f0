export const CHAT_MODULE = "chat"

export const CHAT_STATUSES = ["bot", "waiting", "active", "closed"] as const
export type ChatStatus = (typeof CHAT_STATUSES)[number]
export const CHAT_AUTHOR_TYPES = ["customer", "admin", "bot", "system"] as const
export type ChatAuthorType = (typeof CHAT_AUTHOR_TYPES)[number]

/** A file attached to a chat message (stored through the File module). */
export type ChatAttachment = { id: string; filename: string; mime_type: string; size: number }
/** A help article a bot answer used. */
export type ChatCitation = { id: string; handle: string; title: string }

/** How long a socket ticket lasts: enough to connect, and to reconnect after a blip. */
export const SOCKET_TICKET_TTL_SECONDS = 15 * 60

/** Prefix of the socket.io Redis channels when the options name none (adapter and emitter alike). */
export const DEFAULT_CHAT_REDIS_KEY = "cloudservices-chat"

/** Consecutive unhelpful bot answers that hand a chat over to a person. */
export const UNHELPFUL_HANDOVER_COUNT = 2

export type ChatModuleOptions = {
  /** port of the socket.io server; 0 = any free port; false = no socket server */
  socketPort?: number | false
  /** public URL clients connect to (e.g. https://chat.example.com); default http(s)://<request host>:<port> */
  publicUrl?: string
  /**
   * Redis: the socket.io adapter of the servers (rooms across instances), the
   * emitter every process broadcasts through, and ticket revocations
   */
  redisUrl?: string
  /** prefix of the socket.io Redis channels and keys (processes that talk share it; default "cloudservices-chat") */
  redisKey?: string
  /** browser origins allowed to connect (comma-separated or a list, as STORE_CORS) */
  cors?: string | string[]
  /** signs and checks socket tickets (required where a socket server runs) */
  jwtSecret?: string
}
