import { webhookEventFacts } from "../payment-webhooks"

describe("webhookEventFacts", () => {
  it("reads a Stripe payment_failed event: event id, decline code and message, time", () => {
    const body = {
      id: "evt_1",
      created: 1_790_000_000,
      data: { object: { last_payment_error: { decline_code: "insufficient_funds", code: "card_declined", message: "Your card has insufficient funds." } } },
    }
    expect(webhookEventFacts({ rawData: Buffer.from(JSON.stringify(body)) })).toEqual({
      event_key: "evt_1",
      code: "insufficient_funds",
      reason: "Your card has insufficient funds.",
      occurred_at: new Date(1_790_000_000 * 1000),
    })
  })

  it("reads a PayPal PAYMENT.CAPTURE.DENIED event: event id, the capture's status or reason, the summary, create_time", () => {
    const body = {
      id: "WH-1",
      create_time: "2026-11-25T08:00:00.000Z",
      event_type: "PAYMENT.CAPTURE.DENIED",
      summary: "Payment denied for $ 12.00 USD",
      resource: { id: "CAP-1", status: "DECLINED" },
    }
    expect(webhookEventFacts({ rawData: JSON.stringify(body) })).toEqual({
      event_key: "WH-1",
      code: "DECLINED",
      reason: "Payment denied for $ 12.00 USD",
      occurred_at: new Date("2026-11-25T08:00:00.000Z"),
    })
    const withReason = { ...body, resource: { ...body.resource, status_details: { reason: "BUYER_COMPLAINT" } } }
    expect(webhookEventFacts({ rawData: JSON.stringify(withReason) }).code).toBe("BUYER_COMPLAINT")
  })

  it("reads a Razorpay payment.failed event: the event id header, error reason/code and description, created_at", () => {
    const body = {
      entity: "event",
      event: "payment.failed",
      created_at: 1_790_000_100,
      payload: { payment: { entity: { id: "pay_1", error_code: "BAD_REQUEST_ERROR", error_description: "Payment declined by the bank", error_reason: null } } },
    }
    expect(
      webhookEventFacts({ rawData: Buffer.from(JSON.stringify(body)), headers: { "x-razorpay-event-id": "evt_rzp_1" } })
    ).toEqual({
      event_key: "evt_rzp_1",
      code: "BAD_REQUEST_ERROR",
      reason: "Payment declined by the bank",
      occurred_at: new Date(1_790_000_100 * 1000),
    })
    const withReason = JSON.parse(JSON.stringify(body))
    withReason.payload.payment.entity.error_reason = "payment_declined"
    expect(webhookEventFacts({ rawData: JSON.stringify(withReason) }).code).toBe("payment_declined")
  })

  it("keys an event without an id by a hash of the signed body (the same for a replay)", () => {
    const raw = JSON.stringify({ event: "payment.failed", payload: {} })
    const a = webhookEventFacts({ rawData: raw })
    expect(a.event_key).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(webhookEventFacts({ rawData: Buffer.from(raw) }).event_key).toBe(a.event_key)
    expect(a).toMatchObject({ code: null, reason: null, occurred_at: null })
  })
})
