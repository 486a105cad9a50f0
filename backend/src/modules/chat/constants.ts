export const CHAT_MODULE = "chat"

export const CHAT_STATUSES = ["bot", "waiting", "active", "closed"] as const
export type ChatStatus = (typeof CHAT_STATUSES)[number]
export const CHAT_AUTHOR_TYPES = ["customer", "admin", "bot", "system"] as const
export type ChatAuthorType = (typeof CHAT_AUTHOR_TYPES)[number]

/** A file attached to a chat message (stored through the File module). */
export type ChatAttachment = { id: string; filename: string; mime_type: string; size: number }
/** A help article a bot answer used. */
export type ChatCitation = { id: string; handle: string; title: string }

/**
 * How long a socket trusts its customer's account status (active, not
 * suspended or deleted) before reading it again on the next write.
 */
export const ACCOUNT_RECHECK_MS = 10_000

/** Consecutive unhelpful bot answers that hand a chat over to a person. */
export const UNHELPFUL_HANDOVER_COUNT = 2

export type ChatModuleOptions = {
  /** port of the socket.io server; 0 = any free port; false = no socket server */
  socketPort?: number | false
  /** public URL clients connect to (e.g. https://chat.example.com); default http(s)://<request host>:<port> */
  publicUrl?: string
  /** Redis for the socket.io adapter (rooms across instances) */
  redisUrl?: string
  /** prefix of the adapter's Redis channels (instances that talk share it; default "cloudservices-chat") */
  redisKey?: string
  /** browser origins allowed to connect; default STORE_CORS + ADMIN_CORS */
  cors?: string | string[]
}
