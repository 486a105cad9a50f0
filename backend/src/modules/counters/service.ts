import type { Logger } from "@medusajs/framework/types"
import { type CounterStore, MemoryCounterStore, RedisCounterStore } from "./store"

export type CountersModuleOptions = {
  /** Redis shared by every instance; in this process's memory when unset (one instance) */
  redisUrl?: string
  /** prefix of every key in Redis */
  prefix?: string
}

/** `max` requests per window of `windowSeconds`. */
export type RateLimits = { max: number; windowSeconds: number }
export type RateLimitResult = { allowed: boolean; retry_after: number; remaining: number }
/** After `threshold` failures in a row a subject locks for `baseSeconds`, doubling each time up to `maxSeconds`. */
export type LockoutPolicy = { threshold: number; baseSeconds: number; maxSeconds: number }

type InjectedDependencies = { logger: Logger }

/**
 * Short-lived counters every instance shares: rate limits, lockouts after
 * repeated failures, single-use claims. Infrastructure like Medusa's
 * locking and caching modules (which have no atomic counter): it knows no
 * domain and holds no limits — the caller (a route, a middleware, a workflow
 * step) passes the numbers its own module's options set. Redis when
 * configured (connected on first use, closed on shutdown), in memory
 * otherwise.
 */
class CountersModuleService {
  protected readonly store_: CounterStore

  __hooks = {
    onApplicationShutdown: async () => {
      await this.store_.close()
    },
  }

  constructor({ logger }: InjectedDependencies, options: CountersModuleOptions = {}) {
    this.store_ = options.redisUrl
      ? new RedisCounterStore(options.redisUrl, options.prefix || "cs:counters:", (e) => logger.warn(`counters: Redis: ${e.message}`))
      : new MemoryCounterStore()
  }

  /**
   * Counts one request of `bucket` from `subject` (an address, a customer…)
   * against the window.
   */
  async hitRateLimit(bucket: string, subject: string, limits: RateLimits): Promise<RateLimitResult> {
    const { count, ttl } = await this.store_.increment(`rl:${bucket}:${subject}`, limits.windowSeconds)
    return { allowed: count <= limits.max, retry_after: ttl, remaining: Math.max(0, limits.max - count) }
  }

  /** Forgets the window of a subject (a successful sign-in, tests, support). */
  async resetRateLimit(bucket: string, subject: string) {
    await this.store_.delete(`rl:${bucket}:${subject}`)
  }

  /** Seconds `subject` stays locked after repeated failures; 0 when open. */
  async lockedFor(subject: string): Promise<number> {
    return await this.store_.ttl(`lock:${subject}`)
  }

  /** One more failure in a row: from `threshold` on the subject locks, doubling each time. */
  async recordFailure(subject: string, policy: LockoutPolicy): Promise<{ failures: number; locked_for: number }> {
    const { count } = await this.store_.increment(`fail:${subject}`, policy.maxSeconds * 4)
    if (count < policy.threshold) {
      return { failures: count, locked_for: 0 }
    }
    const lockSeconds = Math.min(policy.baseSeconds * 2 ** (count - policy.threshold), policy.maxSeconds)
    await this.store_.set(`lock:${subject}`, "1", lockSeconds)
    return { failures: count, locked_for: lockSeconds }
  }

  /** Clears the failures and the lock of a subject. */
  async clearFailures(subject: string) {
    await this.store_.delete(`fail:${subject}`)
    await this.store_.delete(`lock:${subject}`)
  }

  /** True once per key within the ttl (every instance agrees): a code can't be replayed, a send can't be repeated. */
  async claimOnce(key: string, ttlSeconds: number): Promise<boolean> {
    return await this.store_.claim(`once:${key}`, ttlSeconds)
  }

  async releaseClaim(key: string) {
    await this.store_.delete(`once:${key}`)
  }

  /** Adds one to a plain counter (created with the ttl): the count and the seconds left. */
  async increment(key: string, ttlSeconds: number): Promise<{ count: number; ttl: number }> {
    return await this.store_.increment(`n:${key}`, ttlSeconds)
  }

  /** A plain counter's count (0 when absent or expired), not counted. */
  async count(key: string): Promise<number> {
    return Number((await this.store_.get(`n:${key}`)) ?? 0)
  }

  async getValue(key: string): Promise<string | null> {
    return await this.store_.get(`v:${key}`)
  }

  async setValue(key: string, value: string, ttlSeconds: number) {
    await this.store_.set(`v:${key}`, value, ttlSeconds)
  }

  /** Forgets a plain counter and a value of that key. */
  async forget(key: string) {
    await this.store_.delete(`n:${key}`)
    await this.store_.delete(`v:${key}`)
  }
}

export default CountersModuleService
