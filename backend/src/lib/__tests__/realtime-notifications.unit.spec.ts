import { notificationsFor } from "../realtime-notifications"

const AT = new Date("2026-12-05T10:00:00.000Z")
const ticket = { id: "tkt_1", customer_id: "cus_a", subject: "Server down", source: "portal", display_id: 12 }

describe("notificationsFor", () => {
  it("tells the customer about an admin's ticket reply, never about their own", () => {
    expect(notificationsFor("ticket.replied", { ticket, message: { id: "tktmsg_1", author_type: "admin" } }, AT)).toEqual([
      {
        to: { customer_id: "cus_a" },
        notification: {
          id: "ticket.answered:tktmsg_1",
          type: "ticket.answered",
          title: "Support replied",
          body: "New reply on ticket #12 Server down.",
          url: "/account/support/tkt_1",
          created_at: AT.toISOString(),
        },
      },
    ])
    expect(notificationsFor("ticket.replied", { ticket, message: { id: "tktmsg_2", author_type: "customer" } }, AT)).toEqual([])
  })

  it("tells the admins about a new ticket unless an admin opened it", () => {
    expect(notificationsFor("ticket.created", { ticket }, AT)).toMatchObject([{ to: "admins", notification: { type: "ticket.created", url: "/tickets/tkt_1" } }])
    expect(notificationsFor("ticket.created", { ticket: { ...ticket, source: "admin" } }, AT)).toEqual([])
  })

  it("a failed payment goes to its customer and the admins; a guest's only to the admins", () => {
    const failure = { id: "payfail_1", customer_id: "cus_a", amount: 12.5, currency_code: "usd", action: "failed" }
    const both = notificationsFor("payment_failure.recorded", { failure }, AT)
    expect(both.map((d) => d.to)).toEqual([{ customer_id: "cus_a" }, "admins"])
    expect(both[0].notification.body).toContain("$12.50")
    expect(notificationsFor("payment_failure.recorded", { failure: { ...failure, customer_id: null } }, AT).map((d) => d.to)).toEqual(["admins"])
  })

  it("names the subscription's new state, and a service that is ready", () => {
    const subscription = { id: "sub_1", customer_id: "cus_a", product_title: "Cloud VPS", plan: "Standard" }
    expect(notificationsFor("subscription.suspended", { subscription }, AT)[0].notification).toMatchObject({
      type: "subscription.changed",
      title: "Subscription suspended",
      url: "/account/subscriptions/sub_1",
    })
    expect(notificationsFor("service.active", { service: { id: "svc_1", customer_id: "cus_a", subscription_id: "sub_1", hostname: "web-01" } }, AT)[0]).toMatchObject({
      to: { customer_id: "cus_a" },
      notification: { id: "service.ready:svc_1", body: "web-01 is up and running." },
    })
  })

  it("says nothing when the record is gone or the event is not one it knows", () => {
    expect(notificationsFor("subscription.expired", { subscription: null }, AT)).toEqual([])
    expect(notificationsFor("order.placed", {}, AT)).toEqual([])
  })
})
