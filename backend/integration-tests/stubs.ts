import { createHmac, createSign, createVerify, randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { crc32 } from "node:zlib"
import { SMTPServer } from "smtp-server"

/** A free-ish port chosen before the app starts (the app reads it from env). */
export function pickPort(): number {
  // below Linux's ephemeral range (32768–60999): a port there may already be the local end of
  // some outgoing connection (a stub once failed to listen on 34580 that way)
  return 20000 + Math.floor(Math.random() * 12000)
}

export type ReceivedMail = { from: string; to: string[]; raw: string }

/** A real SMTP server (npm smtp-server) that keeps what it receives. */
export class LocalSmtpServer {
  readonly received: ReceivedMail[] = []
  /** recipients refused with "550 mailbox does not exist" */
  readonly rejected = new Set<string>()
  protected server: SMTPServer | null = null

  constructor(readonly port: number) {}

  async start() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.rejected.has(address.address)) {
          const error = new Error("Mailbox does not exist") as Error & { responseCode: number }
          error.responseCode = 550
          return callback(error)
        }
        callback()
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on("data", (c: Buffer) => chunks.push(c))
        stream.on("end", () => {
          this.received.push({
            from: String(session.envelope.mailFrom && session.envelope.mailFrom.address),
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString("utf8"),
          })
          callback()
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject)
      this.server!.listen(this.port, "127.0.0.1", () => resolve())
    })
  }

  async stop() {
    if (this.server) {
      await new Promise<void>((resolve) => this.server!.close(() => resolve()))
      this.server = null
    }
  }
}

export type StubRequest = { method: string; path: string; headers: IncomingMessage["headers"]; body: string }

/** An HTTP server answering with `handler`, recording every request. */
export async function startHttpStub(
  port: number,
  handler: (req: StubRequest) => { status: number; headers?: Record<string, string>; body?: unknown }
): Promise<{ server: Server; requests: StubRequest[]; url: string }> {
  const requests: StubRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const recorded = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") }
      requests.push(recorded)
      const answer = handler(recorded)
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers })
      res.end(answer.body === undefined ? "" : JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()))
  return { server, requests, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

// ---------------------------------------------------------------------------------------------
// Payment gateways: PayPal (Orders v2) and Razorpay, as much of their HTTP APIs as the providers use.

type StubAnswer = { status: number; headers?: Record<string, string>; body?: unknown }

function stubId(prefix: string) {
  return `${prefix}${randomBytes(8).toString("hex").toUpperCase()}`
}

/** PayPal's webhook signature input: `<transmission id>|<time>|<webhook id>|<CRC32 of the body, decimal>`. */
export function paypalSignedMessage(transmissionId: string, time: string, webhookId: string, body: string) {
  return `${transmissionId}|${time}|${webhookId}|${crc32(Buffer.from(body, "utf8"))}`
}

/** Headers PayPal sends with a webhook, signed (SHA256withRSA) with `privateKey` as PayPal's cert would be. */
export function signPayPalWebhook(
  privateKey: import("node:crypto").KeyObject,
  webhookId: string,
  body: string,
  opts: { transmissionId?: string; time?: Date } = {}
): Record<string, string> {
  const transmissionId = opts.transmissionId ?? stubId("tx-")
  const time = (opts.time ?? new Date()).toISOString()
  const signer = createSign("RSA-SHA256")
  signer.update(paypalSignedMessage(transmissionId, time, webhookId, body))
  return {
    "content-type": "application/json",
    "paypal-transmission-id": transmissionId,
    "paypal-transmission-time": time,
    "paypal-transmission-sig": signer.sign(privateKey, "base64"),
    "paypal-cert-url": "https://api.paypal.com/v1/notifications/certs/CERT-stub",
    "paypal-auth-algo": "SHA256withRSA",
  }
}

type PayPalStubOrder = {
  id: string
  status: string
  intent: string
  purchase_units: Array<{
    reference_id?: string
    custom_id?: string
    amount: { currency_code: string; value: string }
    payments?: { captures?: any[]; authorizations?: any[] }
  }>
  links: Array<{ rel: string; href: string }>
  decline?: boolean
}

/**
 * PayPal's REST API: OAuth2 client credentials (Basic) → Bearer tokens that every other call must
 * carry; orders, capture/authorize, authorization capture/void, refunds with amount checks;
 * PayPal-Request-Id idempotency; and verify-webhook-signature, which checks a real RSA signature
 * over PayPal's documented message with `publicKey`.
 */
export class PayPalStub {
  readonly orders = new Map<string, PayPalStubOrder>()
  readonly refunds: Array<{ id: string; capture_id: string; value: string; request_id?: string }> = []
  readonly tokens = new Set<string>()
  verifications: Array<{ verification_status: string }> = []
  /** while > 0, verify-webhook-signature answers 503 (PayPal's API is down) and counts down */
  verificationOutages = 0
  private byRequestId = new Map<string, StubAnswer>()
  stub!: { server: Server; requests: StubRequest[]; url: string }

  constructor(
    readonly port: number,
    readonly creds: { clientId: string; clientSecret: string; webhookId: string },
    readonly publicKey: import("node:crypto").KeyObject
  ) {}

  async start() {
    this.stub = await startHttpStub(this.port, (req) => this.handle(req))
    return this
  }

  async stop() {
    await new Promise<void>((resolve) => this.stub.server.close(() => resolve()))
  }

  /** The buyer approves the order on PayPal's page. */
  approve(orderId: string) {
    this.orders.get(orderId)!.status = "APPROVED"
  }

  /** The buyer's funding source will be declined at capture. */
  declineAtCapture(orderId: string) {
    this.orders.get(orderId)!.decline = true
  }

  captureOf(orderId: string) {
    return this.orders.get(orderId)?.purchase_units[0].payments?.captures?.[0]
  }

  calls(method: string, pathStart: string) {
    return this.stub.requests.filter((r) => r.method === method && r.path.startsWith(pathStart))
  }

  private error(status: number, name: string, issue: string): StubAnswer {
    return { status, body: { name, details: [{ issue }], message: issue } }
  }

  private handle(req: StubRequest): StubAnswer {
    if (req.method === "POST" && req.path === "/v1/oauth2/token") {
      const basic = Buffer.from(`${this.creds.clientId}:${this.creds.clientSecret}`).toString("base64")
      if (req.headers.authorization !== `Basic ${basic}` || !req.body.includes("grant_type=client_credentials")) {
        return { status: 401, body: { error: "invalid_client", error_description: "Client Authentication failed" } }
      }
      const token = stubId("A21AA")
      this.tokens.add(token)
      return { status: 200, body: { access_token: token, token_type: "Bearer", expires_in: 32400, app_id: "APP-STUB" } }
    }
    const bearer = String(req.headers.authorization ?? "").replace(/^Bearer /, "")
    if (!this.tokens.has(bearer)) {
      return { status: 401, body: { error: "invalid_token", error_description: "Token signature verification failed" } }
    }
    const requestId = req.headers["paypal-request-id"] as string | undefined
    const key = requestId ? `${req.method} ${req.path} ${requestId}` : ""
    if (key && this.byRequestId.has(key)) {
      return this.byRequestId.get(key)!
    }
    const answer = this.route(req, requestId)
    if (key && answer.status < 300) {
      this.byRequestId.set(key, answer)
    }
    return answer
  }

  private route(req: StubRequest, requestId?: string): StubAnswer {
    const body = req.body ? JSON.parse(req.body) : {}
    let m: RegExpMatchArray | null
    if (req.method === "POST" && req.path === "/v2/checkout/orders") {
      const id = stubId("")
      const unit = body.purchase_units[0]
      const order: PayPalStubOrder = {
        id,
        status: "PAYER_ACTION_REQUIRED",
        intent: body.intent,
        purchase_units: [{ reference_id: unit.reference_id, custom_id: unit.custom_id, amount: unit.amount }],
        links: [{ rel: "payer-action", href: `https://www.sandbox.paypal.com/checkoutnow?token=${id}` }],
      }
      this.orders.set(id, order)
      return { status: 201, body: order }
    }
    if ((m = req.path.match(/^\/v2\/checkout\/orders\/([^/]+)(?:\/(capture|authorize))?$/))) {
      const order = this.orders.get(m[1])
      if (!order) {
        return this.error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID")
      }
      if (req.method === "GET" && !m[2]) {
        return { status: 200, body: order }
      }
      if (req.method === "POST" && m[2]) {
        if (order.status === "COMPLETED") {
          return this.error(422, "UNPROCESSABLE_ENTITY", m[2] === "capture" ? "ORDER_ALREADY_CAPTURED" : "ORDER_ALREADY_AUTHORIZED")
        }
        if (order.status !== "APPROVED") {
          return this.error(422, "UNPROCESSABLE_ENTITY", "ORDER_NOT_APPROVED")
        }
        if (order.decline) {
          return this.error(422, "UNPROCESSABLE_ENTITY", "INSTRUMENT_DECLINED")
        }
        const unit = order.purchase_units[0]
        order.status = "COMPLETED"
        if (m[2] === "capture") {
          unit.payments = {
            captures: [{ id: stubId("CAP"), status: "COMPLETED", amount: unit.amount, custom_id: unit.custom_id, final_capture: true }],
          }
        } else {
          unit.payments = {
            authorizations: [{ id: stubId("AUTH"), status: "CREATED", amount: unit.amount, custom_id: unit.custom_id }],
          }
        }
        return { status: 201, body: order }
      }
    }
    if ((m = req.path.match(/^\/v2\/payments\/authorizations\/([^/]+)\/(capture|void)$/)) && req.method === "POST") {
      const order = [...this.orders.values()].find((o) => o.purchase_units[0].payments?.authorizations?.[0]?.id === m![1])
      const auth = order?.purchase_units[0].payments?.authorizations?.[0]
      if (!order || !auth) {
        return this.error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID")
      }
      if (auth.status !== "CREATED") {
        return this.error(422, "UNPROCESSABLE_ENTITY", "AUTHORIZATION_ALREADY_COMPLETED")
      }
      if (m[2] === "void") {
        auth.status = "VOIDED"
        order.status = "VOIDED"
        return { status: 204 }
      }
      auth.status = "CAPTURED"
      const capture = { id: stubId("CAP"), status: "COMPLETED", amount: auth.amount, custom_id: auth.custom_id }
      order.purchase_units[0].payments!.captures = [capture]
      return { status: 201, body: capture }
    }
    if ((m = req.path.match(/^\/v2\/payments\/captures\/([^/]+)\/refund$/)) && req.method === "POST") {
      const capture = [...this.orders.values()]
        .map((o) => o.purchase_units[0].payments?.captures?.[0])
        .find((c) => c?.id === m![1])
      if (!capture) {
        return this.error(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID")
      }
      const value = body.amount?.value ?? capture.amount.value
      const refunded = this.refunds.filter((r) => r.capture_id === capture.id).reduce((s, r) => s + Number(r.value), 0)
      if (refunded + Number(value) > Number(capture.amount.value) + 1e-9) {
        return this.error(422, "UNPROCESSABLE_ENTITY", "REFUND_AMOUNT_EXCEEDED")
      }
      const refund = { id: stubId("REF"), capture_id: capture.id, value, request_id: requestId }
      this.refunds.push(refund)
      return { status: 201, body: { id: refund.id, status: "COMPLETED", amount: { value, currency_code: capture.amount.currency_code } } }
    }
    if (req.method === "POST" && req.path === "/v1/notifications/verify-webhook-signature" && this.verificationOutages > 0) {
      this.verificationOutages -= 1
      return this.error(503, "SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE")
    }
    if (req.method === "POST" && req.path === "/v1/notifications/verify-webhook-signature") {
      // the event as it arrived: the provider must forward the body unchanged
      const eventText = JSON.stringify(body.webhook_event)
      const verifier = createVerify("RSA-SHA256")
      verifier.update(paypalSignedMessage(body.transmission_id, body.transmission_time, body.webhook_id, eventText))
      const ok =
        body.webhook_id === this.creds.webhookId &&
        body.auth_algo === "SHA256withRSA" &&
        typeof body.transmission_sig === "string" &&
        verifier.verify(this.publicKey, body.transmission_sig, "base64")
      const result = { verification_status: ok ? "SUCCESS" : "FAILURE" }
      this.verifications.push(result)
      return { status: 200, body: result }
    }
    return this.error(404, "NOT_FOUND", "UNKNOWN_PATH")
  }
}

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
