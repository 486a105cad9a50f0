import { generateJwtToken } from "@medusajs/framework/utils"
import { ChatSocketTickets, memoryRevocations, socketRooms } from "../realtime/tickets"

describe("chat socket tickets", () => {
  const secret = "unit-test-secret"
  const customer = { type: "customer" as const, id: "cus_1", name: "Ada", read_only: false }
  let tickets: ChatSocketTickets

  beforeEach(() => {
    tickets = new ChatSocketTickets({ secret, ttlSeconds: 900, revocations: memoryRevocations() })
  })

  it("opens a socket for the actor it was issued to, with their name and read-only mark", async () => {
    expect(await tickets.verify(tickets.issue(customer))).toEqual(customer)
    const viewer = { ...customer, read_only: true, impersonation_session_id: "imps_1" }
    expect(await tickets.verify(tickets.issue(viewer))).toEqual(viewer)
    expect(socketRooms(viewer)).toEqual(["customer:cus_1", "impersonation:imps_1"])
    expect(socketRooms({ type: "user", id: "user_1", name: "Sam", read_only: false })).toEqual(["admins"])
  })

  it("refuses sign-in tokens, other secrets and expired tickets", async () => {
    const signIn = generateJwtToken({ actor_id: "cus_1", actor_type: "customer", auth_identity_id: "", app_metadata: {} }, { secret, expiresIn: 900 })
    expect(await tickets.verify(signIn)).toBeNull()
    const other = new ChatSocketTickets({ secret: "another-secret", ttlSeconds: 900, revocations: memoryRevocations() })
    expect(await tickets.verify(other.issue(customer))).toBeNull()
    const expired = new ChatSocketTickets({ secret, ttlSeconds: -1, revocations: memoryRevocations() })
    expect(await tickets.verify(expired.issue(customer))).toBeNull()
    expect(await tickets.verify("not-a-jwt")).toBeNull()
  })

  it("voids the tickets of a room issued before its revocation, not those issued after", async () => {
    const before = tickets.issue(customer)
    const viewer = tickets.issue({ ...customer, read_only: true, impersonation_session_id: "imps_1" })
    await new Promise((r) => setTimeout(r, 2))
    await tickets.revoke("impersonation:imps_1")
    expect(await tickets.verify(viewer)).toBeNull()
    expect(await tickets.verify(before)).toEqual(customer)
    await tickets.revoke("customer:cus_1")
    expect(await tickets.verify(before)).toBeNull()
    await new Promise((r) => setTimeout(r, 2))
    expect(await tickets.verify(tickets.issue(customer))).toEqual(customer)
  })
})
