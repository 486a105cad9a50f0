import Redis from "ioredis"

/**
 * Short-lived counters and flags for rate limits, lockouts and single-use
 * claims. In memory for one instance; Redis (shared by every instance)
 * when a URL is given.
 */
export interface CounterStore {
  /** adds one to key (created with ttl) and answers the count and seconds left */
  increment(key: string, ttlSeconds: number): Promise<{ count: number; ttl: number }>
  get(key: string): Promise<string | null>
  set(key: string, value: string, ttlSeconds: number): Promise<void>
  /** sets key only if absent: true when this caller won */
  claim(key: string, ttlSeconds: number): Promise<boolean>
  ttl(key: string): Promise<number>
  delete(key: string): Promise<void>
  close(): Promise<void>
}

export class MemoryCounterStore implements CounterStore {
  private entries = new Map<string, { value: string; expires: number }>()

  private live(key: string) {
    const entry = this.entries.get(key)
    if (entry && entry.expires <= Date.now()) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  async increment(key: string, ttlSeconds: number) {
    const entry = this.live(key)
    if (!entry) {
      this.entries.set(key, { value: "1", expires: Date.now() + ttlSeconds * 1000 })
      return { count: 1, ttl: ttlSeconds }
    }
    entry.value = String(Number(entry.value) + 1)
    return { count: Number(entry.value), ttl: Math.ceil((entry.expires - Date.now()) / 1000) }
  }

  async get(key: string) {
    return this.live(key)?.value ?? null
  }

  async set(key: string, value: string, ttlSeconds: number) {
    this.entries.set(key, { value, expires: Date.now() + ttlSeconds * 1000 })
  }

  async claim(key: string, ttlSeconds: number) {
    if (this.live(key)) {
      return false
    }
    await this.set(key, "1", ttlSeconds)
    return true
  }

  async ttl(key: string) {
    const entry = this.live(key)
    return entry ? Math.ceil((entry.expires - Date.now()) / 1000) : 0
  }

  async delete(key: string) {
    this.entries.delete(key)
  }

  async close() {
    this.entries.clear()
  }
}

/**
 * Counters in Redis under `prefix`. The client connects on the first command
 * (a process that never counts opens no connection) and is closed by `close`.
 */
export class RedisCounterStore implements CounterStore {
  private client: Redis | null = null

  constructor(
    private readonly url: string,
    private readonly prefix = "cs:counters:",
    private readonly onError: (e: Error) => void = () => undefined
  ) {}

  private get redis(): Redis {
    if (!this.client) {
      this.client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 3 })
      this.client.on("error", this.onError)
    }
    return this.client
  }

  async increment(key: string, ttlSeconds: number) {
    const k = this.prefix + key
    const [[, count], [, ttl]] = (await this.redis
      .multi()
      .incr(k)
      .ttl(k)
      .exec()) as [[unknown, number], [unknown, number]]
    if (ttl < 0) {
      await this.redis.expire(k, ttlSeconds)
      return { count, ttl: ttlSeconds }
    }
    return { count, ttl }
  }

  async get(key: string) {
    return await this.redis.get(this.prefix + key)
  }

  async set(key: string, value: string, ttlSeconds: number) {
    await this.redis.set(this.prefix + key, value, "EX", ttlSeconds)
  }

  async claim(key: string, ttlSeconds: number) {
    return (await this.redis.set(this.prefix + key, "1", "EX", ttlSeconds, "NX")) === "OK"
  }

  async ttl(key: string) {
    return Math.max(0, await this.redis.ttl(this.prefix + key))
  }

  async delete(key: string) {
    await this.redis.del(this.prefix + key)
  }

  async close() {
    const client = this.client
    this.client = null
    await client?.quit().catch(() => client.disconnect())
  }
}
