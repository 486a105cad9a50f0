import CountersModuleService from "../service"
import { MemoryCounterStore, RedisCounterStore, type CounterStore } from "../store"

// npm test sets TEST_REDIS_URL when a Redis answers on 127.0.0.1:6379 (and says so when none does)
const redisUrl = process.env.TEST_REDIS_URL
const logger = { warn: () => undefined } as never

/** The same behaviour from the in-memory store (one instance) and Redis (shared by all). */
describe.each([
  ["memory", () => new MemoryCounterStore()] as const,
  ...(redisUrl ? [["redis", () => new RedisCounterStore(redisUrl, `cs:test:${Date.now()}:`)] as const] : []),
])("%s counter store", (_name, make: () => CounterStore) => {
  let store: CounterStore
  beforeEach(() => {
    store = make()
  })
  afterEach(async () => {
    await store.close()
  })

  it("counts within a window and reports the time left", async () => {
    expect(await store.increment("a", 60)).toEqual({ count: 1, ttl: 60 })
    const second = await store.increment("a", 60)
    expect(second.count).toBe(2)
    expect(second.ttl).toBeGreaterThan(55)
    expect((await store.increment("b", 60)).count).toBe(1)
  })

  it("lets exactly one caller claim a key, until it is released", async () => {
    const claims = await Promise.all([store.claim("once", 30), store.claim("once", 30), store.claim("once", 30)])
    expect(claims.filter(Boolean)).toHaveLength(1)
    await store.delete("once")
    expect(await store.claim("once", 30)).toBe(true)
  })

  it("stores values with a ttl and forgets deleted ones", async () => {
    await store.set("v", "x", 10)
    expect(await store.get("v")).toBe("x")
    expect(await store.ttl("v")).toBeGreaterThan(0)
    await store.delete("v")
    expect(await store.get("v")).toBeNull()
    expect(await store.ttl("v")).toBe(0)
  })
})

describe("counters module", () => {
  const options = redisUrl ? { redisUrl, prefix: `cs:test:${Date.now()}:svc:` } : {}
  let counters: CountersModuleService
  beforeEach(() => {
    counters = new CountersModuleService({ logger }, options)
  })
  afterEach(async () => {
    await counters.__hooks.onApplicationShutdown()
  })

  it("allows max requests per window, then refuses with the seconds left", async () => {
    const limits = { max: 2, windowSeconds: 60 }
    expect(await counters.hitRateLimit("login", "1.2.3.4", limits)).toEqual({ allowed: true, retry_after: 60, remaining: 1 })
    expect((await counters.hitRateLimit("login", "1.2.3.4", limits)).allowed).toBe(true)
    const third = await counters.hitRateLimit("login", "1.2.3.4", limits)
    expect(third).toMatchObject({ allowed: false, remaining: 0 })
    expect(third.retry_after).toBeGreaterThan(55)
    // another address, another bucket: their own windows
    expect((await counters.hitRateLimit("login", "5.6.7.8", limits)).allowed).toBe(true)
    expect((await counters.hitRateLimit("reset", "1.2.3.4", limits)).allowed).toBe(true)
    await counters.resetRateLimit("login", "1.2.3.4")
    expect((await counters.hitRateLimit("login", "1.2.3.4", limits)).allowed).toBe(true)
  })

  it("locks a subject after repeated failures, doubling up to the longest lock, until cleared", async () => {
    const policy = { threshold: 3, baseSeconds: 60, maxSeconds: 200 }
    expect(await counters.recordFailure("a@b.co", policy)).toEqual({ failures: 1, locked_for: 0 })
    expect(await counters.recordFailure("a@b.co", policy)).toEqual({ failures: 2, locked_for: 0 })
    expect(await counters.lockedFor("a@b.co")).toBe(0)
    expect(await counters.recordFailure("a@b.co", policy)).toEqual({ failures: 3, locked_for: 60 })
    expect(await counters.recordFailure("a@b.co", policy)).toEqual({ failures: 4, locked_for: 120 })
    expect(await counters.recordFailure("a@b.co", policy)).toEqual({ failures: 5, locked_for: 200 })
    expect(await counters.lockedFor("a@b.co")).toBeGreaterThan(190)
    await counters.clearFailures("a@b.co")
    expect(await counters.lockedFor("a@b.co")).toBe(0)
    expect(await counters.recordFailure("a@b.co", policy)).toEqual({ failures: 1, locked_for: 0 })
  })

  it("claims a key once until released; keeps plain counters and values apart", async () => {
    expect(await counters.claimOnce("totp:x:123456", 120)).toBe(true)
    expect(await counters.claimOnce("totp:x:123456", 120)).toBe(false)
    await counters.releaseClaim("totp:x:123456")
    expect(await counters.claimOnce("totp:x:123456", 120)).toBe(true)
    expect((await counters.increment("tries", 60)).count).toBe(1)
    await counters.setValue("tries", "sent", 60)
    expect(await counters.getValue("tries")).toBe("sent")
    expect((await counters.increment("tries", 60)).count).toBe(2)
    expect(await counters.count("tries")).toBe(2)
    await counters.forget("tries")
    expect(await counters.count("tries")).toBe(0)
    expect(await counters.getValue("tries")).toBeNull()
    expect((await counters.increment("tries", 60)).count).toBe(1)
  })
})
