import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import { generateJwtToken } from "@medusajs/framework/utils"
import type Redis from "ioredis"
import { ADMINS_ROOM, customerRoom, impersonationRoom } from "./rooms"

/** Who a socket speaks for: what its ticket says. */
export type ChatSocketActor = {
  type: "customer" | "user"
  id: string
  /** the name shown with its typing notices (resolved by whoever asked for the ticket) */
  name: string
  /** an admin viewing as the customer: hears everything, says nothing */
  read_only: boolean
  /** the view-as-customer session the ticket was issued in */
  impersonation_session_id?: string
}

/** Revocations ("tickets of this room issued before T are void"): in Redis, shared by every process, or in this process's memory. */
export type RevocationStore = {
  /** when `room` was last revoked (ms), or null */
  get(room: string): Promise<number | null>
  /** remembered for `ttlMs` (no ticket issued before `at` is still valid after that) */
  set(room: string, at: number, ttlMs: number): Promise<void>
}

type Claims = {
  purpose?: string
  actor_type?: string
  actor_id?: string
  name?: string
  read_only?: boolean
  impersonation_session_id?: string
  issued_at?: number
}

const PURPOSE = "chat_socket"

/**
 * Socket tickets: short-lived JWTs for one actor, issued by the ticket routes
 * (which run Medusa's auth and the account and impersonation guards) and
 * checked here at connect. Nothing else opens a socket: a customer's sign-in
 * token does not. A ticket carries what the socket needs (name, read-only),
 * so a connect reads no other module. Blocking a customer or ending a
 * view-as-customer session revokes its tickets issued before then, so a
 * dropped socket can't come back with the ticket it had.
 */
export class ChatSocketTickets {
  constructor(private readonly options: { secret: string; ttlSeconds: number; revocations: RevocationStore }) {}

  issue(actor: ChatSocketActor): string {
    return generateJwtToken(
      {
        purpose: PURPOSE,
        actor_type: actor.type,
        actor_id: actor.id,
        name: actor.name,
        read_only: actor.read_only,
        ...(actor.impersonation_session_id ? { impersonation_session_id: actor.impersonation_session_id } : {}),
        // ms, for revocations (a JWT's `iat` is whole seconds)
        issued_at: Date.now(),
      },
      { secret: this.options.secret, expiresIn: this.options.ttlSeconds }
    )
  }

  /** The actor of a valid, unrevoked ticket; null for anything else. */
  async verify(token: string): Promise<ChatSocketActor | null> {
    const claims = getAuthContextFromJwtToken(`Bearer ${token}`, this.options.secret, ["bearer"], ["customer", "user"]) as Claims | null
    if (
      claims?.purpose !== PURPOSE ||
      typeof claims.actor_id !== "string" ||
      typeof claims.issued_at !== "number" ||
      (claims.actor_type !== "customer" && claims.actor_type !== "user")
    ) {
      return null
    }
    const actor: ChatSocketActor = {
      type: claims.actor_type,
      id: claims.actor_id,
      name: claims.name || (claims.actor_type === "customer" ? "Customer" : "Support"),
      read_only: claims.read_only === true,
      ...(claims.impersonation_session_id ? { impersonation_session_id: claims.impersonation_session_id } : {}),
    }
    const revoked = await Promise.all(socketRooms(actor).map((room) => this.options.revocations.get(room)))
    return revoked.some((at) => at !== null && at >= claims.issued_at!) ? null : actor
  }

  /** Tickets of `room` issued until now are void from now on. */
  async revoke(room: string, at = Date.now()) {
    await this.options.revocations.set(room, at, this.options.ttlSeconds * 1000)
  }
}

/** The rooms a socket joins on connect (and that revoke its tickets). */
export function socketRooms(actor: ChatSocketActor): string[] {
  if (actor.type === "user") {
    return [ADMINS_ROOM]
  }
  return [customerRoom(actor.id), ...(actor.impersonation_session_id ? [impersonationRoom(actor.impersonation_session_id)] : [])]
}

/** Revocations in Redis (every instance reads them), each key expiring with the last ticket it voids. */
export function redisRevocations(redis: Redis, prefix: string): RevocationStore {
  const key = (room: string) => `${prefix}:revoked:${room}`
  return {
    async get(room) {
      const value = await redis.get(key(room))
      return value === null ? null : Number(value)
    },
    async set(room, at, ttlMs) {
      await redis.set(key(room), String(at), "PX", ttlMs)
    },
  }
}

/** Revocations in this process (one process, no Redis: it is also the only socket server). */
export function memoryRevocations(): RevocationStore {
  const revoked = new Map<string, { at: number; until: number }>()
  return {
    async get(room) {
      const entry = revoked.get(room)
      if (entry && entry.until <= Date.now()) {
        revoked.delete(room)
        return null
      }
      return entry?.at ?? null
    },
    async set(room, at, ttlMs) {
      revoked.set(room, { at, until: Date.now() + ttlMs })
    },
  }
}
