import { MemoryCounterStore, RedisCounterStore, type CounterStore } from "../utils/counter-store"
import { passwordProblem } from "../../../lib/password-policy"

// npm test sets TEST_REDIS_URL when a Redis answers on 127.0.0.1:6379 (and says so when none does)
const redisUrl = process.env.TEST_REDIS_URL

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

describe("password rules", () => {
  it("asks for 10+ characters, not the email, not a common password", () => {
    expect(passwordProblem("short", "a@b.co")).toMatch(/at least 10/)
    expect(passwordProblem("grace.hopper-2026", "grace.hopper@example.com")).toMatch(/email/)
    expect(passwordProblem("Password123", "x@example.com")).toMatch(/too common/)
    expect(passwordProblem("aaaaaaaaaaaa", "x@example.com")).toMatch(/too common/)
    expect(passwordProblem("correct-horse-battery", "ada@example.com")).toBeNull()
  })
})
