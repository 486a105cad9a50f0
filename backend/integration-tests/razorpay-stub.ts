import { createHmac } from "node:crypto"
import type { Server } from "node:http"
import { startHttpStub, stubId, type StubAnswer, type StubRequest } from "./stubs"

// Razorpay, as much of its HTTP API as the provider uses.

type RazorpayStubPayment = {
  id: string
  entity: "payment"
  amount: number
  currency: string
  status: string
  order_id: string
  captured: boolean
  amount_refunded: number
  error_code: string | null
  error_description: string | null
}

/**
 * Razorpay's REST API with Basic auth (key id : key secret): orders, their payments, payment
 * capture (exact amount, once) and refunds (never more than captured).
 */
export class RazorpayStub {
  readonly orders = new Map<string, any>()
  readonly payments = new Map<string, RazorpayStubPayment>()
  readonly refunds: Array<{ id: string; payment_id: string; amount: number; receipt?: string }> = []
  stub!: { server: Server; requests: StubRequest[]; url: string }

  constructor(
    readonly port: number,
    readonly creds: { keyId: string; keySecret: string }
  ) {}

  async start() {
    this.stub = await startHttpStub(this.port, (req) => this.handle(req))
    return this
  }

  async stop() {
    await new Promise<void>((resolve) => this.stub.server.close(() => resolve()))
  }

  /** The shopper pays the order in Checkout: an authorized payment (or a failed one). */
  pay(orderId: string, opts: { fail?: boolean; amount?: number } = {}) {
    const order = this.orders.get(orderId)!
    const payment: RazorpayStubPayment = {
      id: stubId("pay_"),
      entity: "payment",
      amount: opts.amount ?? order.amount,
      currency: order.currency,
      status: opts.fail ? "failed" : "authorized",
      order_id: orderId,
      captured: false,
      amount_refunded: 0,
      error_code: opts.fail ? "BAD_REQUEST_ERROR" : null,
      error_description: opts.fail ? "Payment declined by the bank" : null,
    }
    this.payments.set(payment.id, payment)
    order.status = "attempted"
    return payment
  }

  /**
   * What Razorpay Checkout hands the page's `handler` after the shopper paid:
   * the payment id, the order id and Razorpay's signature of
   * `order_id|payment_id` (HMAC-SHA256 with the key secret); for a failed
   * payment, the error Checkout passes to `payment.failed`.
   */
  checkout(orderId: string, opts: { fail?: boolean } = {}) {
    if (!this.orders.has(orderId)) {
      return { error: { code: "BAD_REQUEST_ERROR", description: "The id provided does not exist" } }
    }
    const payment = this.pay(orderId, opts)
    if (opts.fail) {
      return { error: { code: payment.error_code, description: payment.error_description, metadata: { order_id: orderId, payment_id: payment.id } } }
    }
    return {
      razorpay_payment_id: payment.id,
      razorpay_order_id: orderId,
      razorpay_signature: createHmac("sha256", this.creds.keySecret).update(`${orderId}|${payment.id}`).digest("hex"),
    }
  }

  calls(method: string, pathStart: string) {
    return this.stub.requests.filter((r) => r.method === method && r.path.startsWith(pathStart))
  }

  private error(status: number, description: string): StubAnswer {
    return { status, body: { error: { code: "BAD_REQUEST_ERROR", description, source: "business", reason: "input_validation_failed" } } }
  }

  private handle(req: StubRequest): StubAnswer {
    const basic = Buffer.from(`${this.creds.keyId}:${this.creds.keySecret}`).toString("base64")
    if (req.headers.authorization !== `Basic ${basic}`) {
      return this.error(401, "Authentication failed")
    }
    const body = req.body ? JSON.parse(req.body) : {}
    let m: RegExpMatchArray | null
    if (req.method === "POST" && req.path === "/v1/orders") {
      if (!Number.isInteger(body.amount) || body.amount < 100) {
        return this.error(400, "Order amount less than minimum amount allowed")
      }
      const order = {
        id: stubId("order_"),
        entity: "order",
        amount: body.amount,
        amount_paid: 0,
        amount_due: body.amount,
        currency: body.currency,
        receipt: body.receipt ?? null,
        status: "created",
        notes: body.notes ?? [],
        created_at: Math.floor(Date.now() / 1000),
      }
      this.orders.set(order.id, order)
      return { status: 200, body: order }
    }
    if ((m = req.path.match(/^\/v1\/orders\/([^/]+)(\/payments)?$/)) && req.method === "GET") {
      const order = this.orders.get(m[1])
      if (!order) {
        return this.error(400, "The id provided does not exist")
      }
      if (m[2]) {
        const items = [...this.payments.values()].filter((p) => p.order_id === order.id)
        return { status: 200, body: { entity: "collection", count: items.length, items } }
      }
      return { status: 200, body: order }
    }
    if ((m = req.path.match(/^\/v1\/payments\/([^/]+)(?:\/(capture|refund))?$/))) {
      const payment = this.payments.get(m[1])
      if (!payment) {
        return this.error(400, "The id provided does not exist")
      }
      if (req.method === "GET" && !m[2]) {
        return { status: 200, body: payment }
      }
      if (req.method === "POST" && m[2] === "capture") {
        if (payment.status !== "authorized") {
          return this.error(400, "This payment has already been captured")
        }
        if (body.amount !== payment.amount || body.currency !== payment.currency) {
          return this.error(400, "Capture amount must be equal to the amount authorized")
        }
        payment.status = "captured"
        payment.captured = true
        const order = this.orders.get(payment.order_id)
        order.status = "paid"
        order.amount_paid = payment.amount
        order.amount_due = 0
        return { status: 200, body: payment }
      }
      if (req.method === "POST" && m[2] === "refund") {
        if (payment.status !== "captured" && payment.status !== "refunded") {
          return this.error(400, "Only captured payments can be refunded")
        }
        const amount = body.amount ?? payment.amount - payment.amount_refunded
        if (payment.amount_refunded + amount > payment.amount) {
          return this.error(400, "The refund amount provided is greater than amount captured")
        }
        payment.amount_refunded += amount
        if (payment.amount_refunded === payment.amount) {
          payment.status = "refunded"
        }
        const refund = { id: stubId("rfnd_"), payment_id: payment.id, amount, receipt: body.receipt }
        this.refunds.push(refund)
        return { status: 200, body: { ...refund, entity: "refund", currency: payment.currency, status: "processed" } }
      }
    }
    return this.error(404, "The requested URL was not found on the server.")
  }
}
