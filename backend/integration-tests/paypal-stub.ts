import { createSign, createVerify } from "node:crypto"
import { crc32 } from "node:zlib"
import type { Server } from "node:http"
import { startHttpStub, stubId, type StubAnswer, type StubRequest } from "./stubs"

// PayPal (Orders v2), as much of its HTTP API as the provider uses.

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
