import { createHmac, randomBytes } from "node:crypto"
import { startHttpStub, type StubRequest } from "./stubs"

/**
 * A local stand-in for the parts of Stripe's HTTP API that Medusa's Stripe
 * provider calls (payment intents, refunds, customers, payment methods,
 * setup intents), with the state transitions Stripe makes, idempotency keys,
 * card declines and the webhook events Stripe would send — signed the way
 * Stripe signs them (`Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`).
 *
 * Secret-key calls (`Authorization: Bearer sk_…`) are the server's; with a
 * `publishableKey`, the browser's Stripe.js calls work too: confirming or
 * reading one PaymentIntent with `key=pk_…` and that intent's client secret.
 *
 * Test cards (payment method ids, as in Stripe's test mode):
 *   pm_card_visa            → succeeds
 *   pm_card_chargeDeclined  → card_declined / generic_decline
 *   pm_card_authenticationRequired → requires_action (3-D Secure): a
 *     redirect to the bank's page; `authenticate(id)` is the shopper passing it
 */

type Obj = Record<string, any>
export type StripeEvent = { id: string; type: string; body: string }

const id = (prefix: string) => `${prefix}_${randomBytes(10).toString("hex")}`

/** Stripe's form encoding (`a[b][0]=x`) back into objects and arrays. */
export function parseStripeForm(text: string): Obj {
  const out: Obj = {}
  if (!text) return out
  for (const pair of text.split("&")) {
    if (!pair) continue
    const [rawKey, rawValue = ""] = pair.split("=")
    const key = decodeURIComponent(rawKey.replace(/\+/g, " "))
    const value = decodeURIComponent(rawValue.replace(/\+/g, " "))
    const parts = key.split(/\[|\]\[|\]/).filter((p) => p !== "")
    let node: Obj = out
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value
      } else {
        node[part] = node[part] ?? {}
        node = node[part]
      }
    })
  }
  const arrays = (v: any): any => {
    if (v && typeof v === "object") {
      const keys = Object.keys(v)
      if (keys.length && keys.every((k) => /^\d+$/.test(k))) {
        return keys.sort((a, b) => Number(a) - Number(b)).map((k) => arrays(v[k]))
      }
      for (const k of keys) v[k] = arrays(v[k])
    }
    return v
  }
  return arrays(out)
}

export function signStripePayload(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex")
  return `t=${timestamp},v1=${v1}`
}

const CARDS: Record<string, { declined?: { code: string; decline_code: string; message: string }; authenticate?: boolean }> = {
  pm_card_visa: {},
  pm_card_authenticationRequired: { authenticate: true },
  pm_card_chargeDeclined: { declined: { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." } },
}

export class StripeStub {
  intents = new Map<string, Obj>()
  customers = new Map<string, Obj>()
  refunds: Obj[] = []
  /** payment method id → customer it is attached to */
  attached = new Map<string, string>()
  /** every event Stripe would have sent, in the order it happened */
  events: StripeEvent[] = []
  /** the number of times money actually moved for an intent (charges) */
  charges = new Map<string, number>()
  private idempotent = new Map<string, { status: number; body: unknown }>()
  stub!: Awaited<ReturnType<typeof startHttpStub>>

  constructor(
    readonly port: number,
    readonly apiKey: string,
    readonly webhookSecret: string,
    /** pk_… of the same account, for the browser's calls (see the class comment) */
    readonly publishableKey?: string
  ) {}

  async start() {
    this.stub = await startHttpStub(this.port, (req) => this.handle(req))
    return this
  }

  async stop() {
    await new Promise<void>((resolve) => this.stub.server.close(() => resolve()))
  }

  calls(method: string, pathStart: string) {
    return this.stub.requests.filter((r) => r.method === method && r.path.startsWith(pathStart))
  }

  /** The signed delivery of an event, as Stripe posts it (optionally signed at another time or with another secret). */
  signed(event: StripeEvent, opts: { timestamp?: number; secret?: string } = {}) {
    return {
      body: event.body,
      headers: {
        "content-type": "application/json",
        "stripe-signature": signStripePayload(opts.secret ?? this.webhookSecret, event.body, opts.timestamp),
      },
    }
  }

  eventsFor(intentId: string, type?: string) {
    return this.events.filter((e) => JSON.parse(e.body).data.object.id === intentId && (!type || e.type === type))
  }

  /** What Stripe.js does in the browser: confirm the intent with the shopper's card. */
  confirm(intentId: string, paymentMethod = "pm_card_visa") {
    return this.confirmIntent(this.intents.get(intentId)!, { payment_method: paymentMethod })
  }

  /**
   * The shopper passed 3-D Secure on the bank's page for an intent in
   * `requires_action`: the charge goes through as for any good card. Answers
   * where the bank's page sends the browser back (Stripe's return_url with
   * the intent's id, client secret and redirect status), or null.
   */
  authenticate(intentId: string): string | null {
    const pi = this.intents.get(intentId)
    if (!pi || pi.status !== "requires_action") {
      return null
    }
    const returnUrl = pi.next_action.redirect_to_url.return_url as string
    pi.next_action = null
    this.succeed(pi)
    const back = new URL(returnUrl)
    back.searchParams.set("payment_intent", pi.id)
    back.searchParams.set("payment_intent_client_secret", pi.client_secret)
    back.searchParams.set("redirect_status", "succeeded")
    return back.toString()
  }

  private emit(type: string, object: Obj) {
    const event = {
      id: id("evt"),
      object: "event",
      api_version: "2024-04-10",
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      type,
      data: { object: JSON.parse(JSON.stringify(object)) },
    }
    this.events.push({ id: event.id, type, body: JSON.stringify(event) })
  }

  private error(status: number, error: Obj) {
    return { status, body: { error } }
  }

  private confirmIntent(pi: Obj, params: Obj): { status: number; body: unknown } {
    if (!["requires_payment_method", "requires_confirmation"].includes(pi.status)) {
      return this.error(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: `This PaymentIntent's status is ${pi.status}.`,
        payment_intent: pi,
      })
    }
    const pm = params.payment_method ?? pi.payment_method
    if (!pm || !CARDS[pm]) {
      return this.error(400, { type: "invalid_request_error", code: "resource_missing", message: `No such PaymentMethod: '${pm}'` })
    }
    pi.payment_method = pm
    if (params.setup_future_usage) pi.setup_future_usage = params.setup_future_usage
    const declined = CARDS[pm].declined
    if (declined) {
      pi.status = "requires_payment_method"
      pi.last_payment_error = { type: "card_error", ...declined, payment_method: { id: pm } }
      this.emit("payment_intent.payment_failed", pi)
      return this.error(402, { type: "card_error", ...declined, payment_intent: pi })
    }
    if (pi.off_session && pi.customer && this.attached.get(pm) !== pi.customer) {
      return this.error(402, { type: "card_error", code: "authentication_required", message: "The card is not attached to this customer.", payment_intent: pi })
    }
    pi.last_payment_error = null
    if (CARDS[pm].authenticate) {
      // Stripe.js sends the shopper to the bank, then back to return_url
      pi.status = "requires_action"
      pi.next_action = {
        type: "redirect_to_url",
        redirect_to_url: { url: `https://hooks.stripe.com/3d_secure_2/authenticate/${pi.id}`, return_url: params.return_url ?? null },
      }
      return { status: 200, body: pi }
    }
    this.succeed(pi)
    return { status: 200, body: pi }
  }

  /** Money moves: one charge, then succeeded (or requires_capture for manual capture), with its event. */
  private succeed(pi: Obj) {
    this.charges.set(pi.id, (this.charges.get(pi.id) ?? 0) + 1)
    if (pi.setup_future_usage && pi.customer) {
      this.attached.set(pi.payment_method, pi.customer)
    }
    if (pi.capture_method === "manual") {
      pi.status = "requires_capture"
      pi.amount_capturable = pi.amount
      this.emit("payment_intent.amount_capturable_updated", pi)
    } else {
      pi.status = "succeeded"
      pi.amount_received = pi.amount
      this.emit("payment_intent.succeeded", pi)
    }
  }

  private handle(req: StubRequest): { status: number; body?: unknown } {
    const [path, search = ""] = req.path.split("?")
    if (req.headers.authorization !== `Bearer ${this.apiKey}`) {
      return this.publishableCall(req.method, path, parseStripeForm(req.method === "GET" ? search : req.body))
    }
    const key = req.headers["idempotency-key"] as string | undefined
    const cacheKey = key ? `${req.method} ${path} ${key}` : null
    if (cacheKey && this.idempotent.has(cacheKey)) {
      return this.idempotent.get(cacheKey)!
    }
    const answer = this.route(req.method, path, parseStripeForm(req.body))
    if (cacheKey && req.method === "POST") {
      this.idempotent.set(cacheKey, JSON.parse(JSON.stringify(answer)))
    }
    return answer
  }

  /**
   * What Stripe.js may do with a publishable key: read or confirm the one
   * PaymentIntent whose client secret it holds (confirm: the card the shopper
   * entered and where to come back after 3-D Secure; nothing else is taken
   * from the browser).
   */
  private publishableCall(method: string, path: string, params: Obj): { status: number; body?: unknown } {
    const m = path.match(/^\/v1\/payment_intents\/([^/]+?)(\/confirm)?$/)
    if (!this.publishableKey || params.key !== this.publishableKey || !m || (method === "POST") !== Boolean(m[2])) {
      return this.error(401, { type: "invalid_request_error", message: "Invalid API Key provided" })
    }
    const pi = this.intents.get(m[1])
    if (!pi || params.client_secret !== pi.client_secret) {
      return this.error(404, { type: "invalid_request_error", code: "resource_missing", message: `No such payment_intent: '${m[1]}'` })
    }
    return m[2] ? this.confirmIntent(pi, { payment_method: params.payment_method, return_url: params.return_url }) : { status: 200, body: pi }
  }

  private route(method: string, path: string, params: Obj): { status: number; body?: unknown } {
    let m: RegExpMatchArray | null
    if (method === "POST" && path === "/v1/payment_intents") {
      const intentId = id("pi")
      const pi: Obj = {
        id: intentId,
        object: "payment_intent",
        amount: Number(params.amount),
        amount_capturable: 0,
        amount_received: 0,
        currency: params.currency,
        capture_method: params.capture_method ?? "automatic",
        customer: params.customer ?? null,
        description: params.description ?? null,
        metadata: params.metadata ?? {},
        payment_method: params.payment_method ?? null,
        setup_future_usage: params.setup_future_usage ?? null,
        off_session: params.off_session === "true",
        status: params.payment_method ? "requires_confirmation" : "requires_payment_method",
        // as Stripe's: the intent's id, then the secret part
        client_secret: `${intentId}_secret_${randomBytes(12).toString("hex")}`,
        last_payment_error: null,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
      }
      this.intents.set(pi.id, pi)
      this.emit("payment_intent.created", pi)
      if (params.confirm === "true") {
        return this.confirmIntent(pi, params)
      }
      return { status: 200, body: pi }
    }
    if ((m = path.match(/^\/v1\/payment_intents\/([^/]+)$/))) {
      const pi = this.intents.get(m[1])
      if (!pi) return this.error(404, { type: "invalid_request_error", code: "resource_missing", message: `No such payment_intent: '${m[1]}'` })
      if (method === "POST") {
        if (params.amount) pi.amount = Number(params.amount)
        if (params.metadata) pi.metadata = { ...pi.metadata, ...params.metadata }
      }
      return { status: 200, body: pi }
    }
    if ((m = path.match(/^\/v1\/payment_intents\/([^/]+)\/(confirm|capture|cancel)$/)) && method === "POST") {
      const pi = this.intents.get(m[1])
      if (!pi) return this.error(404, { type: "invalid_request_error", code: "resource_missing", message: `No such payment_intent: '${m[1]}'` })
      if (m[2] === "confirm") return this.confirmIntent(pi, params)
      if (m[2] === "capture") {
        if (pi.status !== "requires_capture") {
          return this.error(400, { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: `This PaymentIntent's status is ${pi.status}.`, payment_intent: pi })
        }
        pi.status = "succeeded"
        pi.amount_received = params.amount_to_capture ? Number(params.amount_to_capture) : pi.amount
        pi.amount_capturable = 0
        this.emit("payment_intent.succeeded", pi)
        return { status: 200, body: pi }
      }
      if (["succeeded", "canceled"].includes(pi.status)) {
        return this.error(400, { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: `This PaymentIntent's status is ${pi.status}.`, payment_intent: pi })
      }
      pi.status = "canceled"
      pi.cancellation_reason = params.cancellation_reason ?? "requested_by_customer"
      this.emit("payment_intent.canceled", pi)
      return { status: 200, body: pi }
    }
    if (method === "POST" && path === "/v1/refunds") {
      const pi = this.intents.get(params.payment_intent)
      if (!pi || pi.status !== "succeeded") {
        return this.error(400, { type: "invalid_request_error", message: "This PaymentIntent has not succeeded." })
      }
      const already = this.refunds.filter((r) => r.payment_intent === pi.id).reduce((s, r) => s + r.amount, 0)
      const amount = params.amount ? Number(params.amount) : pi.amount_received - already
      if (already + amount > pi.amount_received) {
        return this.error(400, { type: "invalid_request_error", code: "amount_too_large", message: "Refund amount is greater than the unrefunded amount." })
      }
      const refund = { id: id("re"), object: "refund", amount, currency: pi.currency, payment_intent: pi.id, status: "succeeded" }
      this.refunds.push(refund)
      return { status: 200, body: refund }
    }
    if (method === "POST" && path === "/v1/customers") {
      const customer = { id: id("cus"), object: "customer", email: params.email ?? null, name: params.name ?? null, phone: params.phone ?? null }
      this.customers.set(customer.id, customer)
      return { status: 200, body: customer }
    }
    if ((m = path.match(/^\/v1\/customers\/([^/]+)$/))) {
      const customer = this.customers.get(m[1])
      if (!customer) return this.error(404, { type: "invalid_request_error", code: "resource_missing", message: "No such customer" })
      if (method === "DELETE") {
        this.customers.delete(m[1])
        return { status: 200, body: { id: m[1], object: "customer", deleted: true } }
      }
      if (method === "POST") Object.assign(customer, params)
      return { status: 200, body: customer }
    }
    if ((m = path.match(/^\/v1\/customers\/([^/]+)\/payment_methods$/)) && method === "GET") {
      const data = [...this.attached.entries()].filter(([, c]) => c === m![1]).map(([pm]) => this.paymentMethod(pm))
      return { status: 200, body: { object: "list", data, has_more: false, url: path } }
    }
    if ((m = path.match(/^\/v1\/payment_methods\/([^/]+)$/)) && method === "GET") {
      return CARDS[m[1]] ? { status: 200, body: this.paymentMethod(m[1]) } : this.error(404, { type: "invalid_request_error", code: "resource_missing", message: "No such PaymentMethod" })
    }
    if ((m = path.match(/^\/v1\/payment_methods\/([^/]+)\/detach$/)) && method === "POST") {
      this.attached.delete(m[1])
      return { status: 200, body: this.paymentMethod(m[1]) }
    }
    if (method === "POST" && path === "/v1/setup_intents") {
      return { status: 200, body: { id: id("seti"), object: "setup_intent", customer: params.customer, status: "requires_payment_method", client_secret: `${id("seti")}_secret` } }
    }
    return this.error(404, { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path})` })
  }

  private paymentMethod(pm: string) {
    return { id: pm, object: "payment_method", type: "card", customer: this.attached.get(pm) ?? null, card: { brand: "visa", last4: pm === "pm_card_visa" ? "4242" : "0002" } }
  }
}
