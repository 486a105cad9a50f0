import { Emitter } from "@socket.io/redis-emitter"
import type Redis from "ioredis"
import type { Server } from "socket.io"

/**
 * How a process tells sockets something: the one way every broadcast and
 * every disconnect goes, whatever process runs it.
 */
export type ChatPublisher = {
  /** `event` to every socket in any of `rooms` (each once), but those in `except` */
  emit(rooms: string | string[], event: string, payload: unknown, except?: string | string[]): void
  /** closes every socket in any of `rooms` */
  disconnect(rooms: string | string[]): void
}

/**
 * Through Redis (the socket.io Redis emitter): published on the channels the
 * servers' Redis adapter listens to (same key prefix), so a worker, which runs
 * no socket server, reaches sockets on every server instance.
 */
export function emitterPublisher(redis: Redis, key: string, onError: (e: Error) => void): ChatPublisher {
  // the emitter publishes without awaiting: a failed publish (Redis down) is reported, not left unhandled
  const client = { publish: (channel: string, message: Buffer | string) => redis.publish(channel, message).catch(onError) }
  const emitter = new Emitter(client, { key })
  return {
    emit(rooms, event, payload, except) {
      ;(except ? emitter.to(rooms).except(except) : emitter.to(rooms)).emit(event, payload)
    },
    disconnect(rooms) {
      emitter.in(rooms).disconnectSockets(true)
    },
  }
}

/** Through this process's own socket.io server (one process, no Redis); nothing when it runs none. */
export function localPublisher(server: () => Server | null): ChatPublisher {
  return {
    emit(rooms, event, payload, except) {
      const io = server()
      ;(except ? io?.to(rooms).except(except) : io?.to(rooms))?.emit(event, payload)
    },
    disconnect(rooms) {
      server()?.in(rooms).disconnectSockets(true)
    },
  }
}
