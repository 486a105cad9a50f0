import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  PaymentSessionStatus as SessionStatus,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { PayPalApiError, PayPalClient, type PayPalCapture, type PayPalOrder } from "./client"
import { buildCustomId, fromPayPalValue, sessionIdFromCustomId, toPayPalValue } from "./utils"

export const PAYPAL_SANDBOX_API = "https://api-m.sandbox.paypal.com"
export const PAYPAL_LIVE_API = "https://api-m.paypal.com"

export type PayPalOptions = {
  clientId: string
  clientSecret: string
  /** REST origin; default sandbox, live when environment = "live" */
  apiBase?: string
  environment?: "sandbox" | "live"
  /** the webhook's id in the PayPal dashboard; without it every webhook is refused */
  webhookId?: string
  /** true (default): intent CAPTURE, money moves at cart completion; false: intent AUTHORIZE */
  capture?: boolean
  /** older paypal-transmission-time is refused (default 300 s) */
  webhookToleranceSeconds?: number
  /** return/cancel URLs sent by the storefront must start with this */
  storefrontUrl?: string
  brandName?: string
}

/** What this module keeps in the payment session / payment `data` (see README.md). */
export type PayPalSessionData = {
  paypal_order_id: string
  approve_url: string | null
  status: string
  intent: "CAPTURE" | "AUTHORIZE"
  amount: string
  currency_code: string
  session_id: string
  custom_id: string
  capture_id: string | null
  capture_status: string | null
  authorization_id: string | null
  refunds?: Array<{ id: string; status: string; value: string }>
  error?: string
}

const WEBHOOK_ACTIONS: Record<string, PaymentActions> = {
  "CHECKOUT.ORDER.APPROVED": PaymentActions.AUTHORIZED,
  "PAYMENT.AUTHORIZATION.CREATED": PaymentActions.AUTHORIZED,
  "PAYMENT.CAPTURE.COMPLETED": PaymentActions.SUCCESSFUL,
  "PAYMENT.CAPTURE.PENDING": PaymentActions.PENDING,
  "PAYMENT.CAPTURE.DENIED": PaymentActions.FAILED,
  "PAYMENT.CAPTURE.DECLINED": PaymentActions.FAILED,
  "CHECKOUT.PAYMENT-APPROVAL.REVERSED": PaymentActions.FAILED,
  "PAYMENT.AUTHORIZATION.VOIDED": PaymentActions.CANCELED,
}

const TRANSMISSION_HEADERS = [
  "paypal-transmission-id",
  "paypal-transmission-time",
  "paypal-transmission-sig",
  "paypal-cert-url",
  "paypal-auth-algo",
] as const

/**
 * PayPal checkout on the Orders v2 REST API. The session holds a server-created order; completing
 * the cart captures (or authorizes) that stored order, never one the browser names.
 */
class PayPalProviderService extends AbstractPaymentProvider<PayPalOptions> {
  static identifier = "paypal"

  protected readonly logger_: Logger
  protected readonly options_: PayPalOptions
  protected readonly client_: PayPalClient

  static validateOptions(options: Record<string, unknown>) {
    if (!options.clientId || !options.clientSecret) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "PayPal needs PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET (options clientId, clientSecret)"
      )
    }
  }

  constructor(cradle: { logger: Logger } & Record<string, unknown>, options: PayPalOptions) {
    super(cradle, options)
    this.logger_ = cradle.logger
    this.options_ = options
    this.client_ = new PayPalClient({
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      apiBase: PayPalProviderService.apiBase(options),
    })
  }

  static apiBase(options: Pick<PayPalOptions, "apiBase" | "environment">) {
    if (options.apiBase) {
      return options.apiBase
    }
    return options.environment === "live" ? PAYPAL_LIVE_API : PAYPAL_SANDBOX_API
  }

  protected get intent(): "CAPTURE" | "AUTHORIZE" {
    return this.options_.capture === false ? "AUTHORIZE" : "CAPTURE"
  }

  /** A storefront URL the shopper may be sent back to, or undefined. */
  protected allowedUrl(value: unknown): string | undefined {
    const base = this.options_.storefrontUrl
    return typeof value === "string" && base && value.startsWith(base) ? value : undefined
  }

  protected storedData(data: Record<string, unknown> | undefined): PayPalSessionData {
    if (!data || typeof data.paypal_order_id !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The payment session has no PayPal order")
    }
    return data as unknown as PayPalSessionData
  }

  protected async createOrder(
    sessionId: string,
    value: string,
    currency: string,
    urls: { return_url?: string; cancel_url?: string },
    requestId?: string
  ): Promise<PayPalSessionData> {
    const customId = buildCustomId(this.options_.clientSecret, sessionId, value, currency)
    const order = await this.client_.request<PayPalOrder>("POST", "/v2/checkout/orders", "create order", {
      requestId: requestId ? `order-${requestId}-${value}-${currency}` : undefined,
      body: {
        intent: this.intent,
        purchase_units: [
          {
            reference_id: sessionId,
            custom_id: customId,
            amount: { currency_code: currency, value },
          },
        ],
        payment_source: {
          paypal: {
            experience_context: {
              brand_name: this.options_.brandName,
              shipping_preference: "NO_SHIPPING",
              user_action: "PAY_NOW",
              return_url: urls.return_url,
              cancel_url: urls.cancel_url,
            },
          },
        },
      },
    })
    const approve = order.links?.find((l) => l.rel === "payer-action" || l.rel === "approve")
    return {
      paypal_order_id: order.id,
      approve_url: approve?.href ?? null,
      status: order.status,
      intent: this.intent,
      amount: value,
      currency_code: currency,
      session_id: sessionId,
      custom_id: customId,
      capture_id: null,
      capture_status: null,
      authorization_id: null,
    }
  }

  async initiatePayment({ amount, currency_code, data, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = String(data?.session_id ?? context?.idempotency_key ?? "")
    const currency = currency_code.toUpperCase()
    const value = toPayPalValue(amount, currency)
    const created = await this.createOrder(
      sessionId,
      value,
      currency,
      { return_url: this.allowedUrl(data?.return_url), cancel_url: this.allowedUrl(data?.cancel_url) },
      context?.idempotency_key
    )
    return { id: created.paypal_order_id, status: PaymentSessionStatus.PENDING, data: created }
  }

  async updatePayment({ amount, currency_code, data, context }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const stored = this.storedData(data)
    const currency = currency_code.toUpperCase()
    const value = toPayPalValue(amount, currency)
    if (stored.amount === value && stored.currency_code === currency) {
      return { data: stored as unknown as Record<string, unknown>, status: PaymentSessionStatus.PENDING }
    }
    // the amount is part of the order and of its custom_id tag: a new amount is a new order
    const created = await this.createOrder(stored.session_id, value, currency, {}, context?.idempotency_key)
    return { data: created as unknown as Record<string, unknown>, status: PaymentSessionStatus.PENDING }
  }

  /** The stored data refreshed from a PayPal order (never from what a caller put next to it). */
  protected fromOrder(stored: PayPalSessionData, order: PayPalOrder): PayPalSessionData {
    const payments = order.purchase_units?.[0]?.payments
    const capture = payments?.captures?.[0]
    const authorization = payments?.authorizations?.[0]
    return {
      paypal_order_id: stored.paypal_order_id,
      approve_url: stored.approve_url,
      status: order.status,
      intent: stored.intent,
      amount: stored.amount,
      currency_code: stored.currency_code,
      session_id: stored.session_id,
      custom_id: stored.custom_id,
      capture_id: capture?.id ?? stored.capture_id ?? null,
      capture_status: capture?.status ?? stored.capture_status ?? null,
      authorization_id: authorization?.id ?? stored.authorization_id ?? null,
      ...(stored.refunds ? { refunds: stored.refunds } : {}),
    }
  }

  protected statusOf(data: PayPalSessionData): SessionStatus {
    switch (data.status) {
      case "COMPLETED":
        if (data.capture_status === "COMPLETED") {
          return PaymentSessionStatus.CAPTURED
        }
        if (data.capture_status === "PENDING") {
          return PaymentSessionStatus.PENDING_AUTHORIZATION
        }
        if (data.capture_status === "DECLINED" || data.capture_status === "FAILED") {
          return PaymentSessionStatus.ERROR
        }
        return data.authorization_id ? PaymentSessionStatus.AUTHORIZED : PaymentSessionStatus.PENDING
      case "PAYER_ACTION_REQUIRED":
        return PaymentSessionStatus.REQUIRES_MORE
      case "VOIDED":
        return PaymentSessionStatus.CANCELED
      default:
        // CREATED, SAVED, APPROVED: the buyer has not paid yet / we have not captured yet
        return PaymentSessionStatus.PENDING
    }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const stored = this.storedData(data)
    const orderId = stored.paypal_order_id
    let order = await this.client_.request<PayPalOrder>("GET", `/v2/checkout/orders/${orderId}`, "get order")
    if (order.status === "APPROVED") {
      const verb = stored.intent === "AUTHORIZE" ? "authorize" : "capture"
      try {
        order = await this.client_.request<PayPalOrder>("POST", `/v2/checkout/orders/${orderId}/${verb}`, `${verb} order`, {
          body: {},
          // PayPal answers a repeated request id with the first result instead of acting twice
          requestId: `${verb}-${orderId}`,
        })
      } catch (e) {
        if (e instanceof PayPalApiError && e.status === 422) {
          this.logger_.warn(`PayPal ${verb} of order ${orderId} refused: ${e.message}`)
          const refused = { ...this.fromOrder(stored, order), error: e.issue ?? e.message }
          return { status: PaymentSessionStatus.ERROR, data: refused as unknown as Record<string, unknown> }
        }
        throw e
      }
    }
    const next = this.fromOrder(stored, order)
    let status = this.statusOf(next)
    if (status === PaymentSessionStatus.PENDING) {
      // not approved by the buyer (yet): completing the cart must wait for PayPal
      status = PaymentSessionStatus.REQUIRES_MORE
    }
    if (status === PaymentSessionStatus.ERROR) {
      this.logger_.warn(`PayPal order ${orderId} for session ${stored.session_id} was declined (${next.capture_status})`)
    }
    return { status, data: next as unknown as Record<string, unknown> }
  }

  async capturePayment({ data, context }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const stored = this.storedData(data)
    if (stored.capture_status === "COMPLETED") {
      return { data: stored as unknown as Record<string, unknown> }
    }
    // read PayPal's state first: a capture made earlier (a retried request, the dashboard) is not repeated
    const order = await this.client_.request<PayPalOrder>("GET", `/v2/checkout/orders/${stored.paypal_order_id}`, "get order")
    const current = this.fromOrder(stored, order)
    if (current.capture_status === "COMPLETED" || current.capture_status === "PENDING") {
      return { data: current as unknown as Record<string, unknown> }
    }
    if (!current.authorization_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `PayPal order ${stored.paypal_order_id} has nothing to capture (status ${order.status})`
      )
    }
    const capture = await this.client_.request<PayPalCapture>(
      "POST",
      `/v2/payments/authorizations/${current.authorization_id}/capture`,
      "capture authorization",
      { body: { final_capture: true }, requestId: context?.idempotency_key ?? `capture-${current.authorization_id}` }
    )
    const captured = { ...current, capture_id: capture.id, capture_status: capture.status }
    return { data: captured as unknown as Record<string, unknown> }
  }

  async refundPayment({ amount, data, context }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const stored = this.storedData(data)
    if (!stored.capture_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `PayPal order ${stored.paypal_order_id} has no capture to refund`)
    }
    const value = toPayPalValue(amount, stored.currency_code)
    const refund = await this.client_.request<{ id: string; status: string }>(
      "POST",
      `/v2/payments/captures/${stored.capture_id}/refund`,
      "refund capture",
      {
        body: { amount: { currency_code: stored.currency_code, value } },
        requestId: context?.idempotency_key,
      }
    )
    const refunds = [...(stored.refunds ?? []).filter((r) => r.id !== refund.id), { id: refund.id, status: refund.status, value }]
    return { data: { ...stored, refunds } as unknown as Record<string, unknown> }
  }

  async cancelPayment({ data, context }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const stored = this.storedData(data)
    if (stored.capture_status === "COMPLETED" && stored.capture_id) {
      // only reached when Medusa undoes a cart completion after the money moved (intent CAPTURE):
      // give it back, once (PayPal deduplicates the request id)
      const refund = await this.client_.request<{ id: string; status: string }>(
        "POST",
        `/v2/payments/captures/${stored.capture_id}/refund`,
        "refund capture",
        { body: {}, requestId: `cancel-${stored.capture_id}` }
      )
      this.logger_.warn(`PayPal capture ${stored.capture_id} refunded in full: the payment was canceled`)
      return {
        data: { ...stored, refunds: [...(stored.refunds ?? []), { id: refund.id, status: refund.status, value: stored.amount }] },
      }
    }
    if (stored.authorization_id) {
      try {
        await this.client_.request("POST", `/v2/payments/authorizations/${stored.authorization_id}/void`, "void authorization", {
          requestId: context?.idempotency_key ?? `void-${stored.authorization_id}`,
        })
      } catch (e) {
        // already voided / expired: nothing left to cancel
        if (!(e instanceof PayPalApiError && e.status === 422)) {
          throw e
        }
      }
      return { data: { ...stored, status: "VOIDED" } }
    }
    // an order nobody approved holds no money and expires at PayPal by itself
    return { data: stored as unknown as Record<string, unknown> }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    // sessions are deleted before any money moved; the unapproved order expires at PayPal
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const stored = this.storedData(data)
    const order = await this.client_.request<PayPalOrder>("GET", `/v2/checkout/orders/${stored.paypal_order_id}`, "get order")
    return { data: this.fromOrder(stored, order) as unknown as Record<string, unknown> }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const stored = this.storedData(data)
    const order = await this.client_.request<PayPalOrder>("GET", `/v2/checkout/orders/${stored.paypal_order_id}`, "get order")
    const next = this.fromOrder(stored, order)
    return { status: this.statusOf(next), data: next as unknown as Record<string, unknown> }
  }

  /** Throws (logged by the caller and here) for anything PayPal did not sign or that is too old. */
  protected async verifyWebhook(payload: ProviderWebhookPayload["payload"]): Promise<string> {
    const headers = payload.headers as Record<string, string | undefined>
    const refuse = (why: string): never => {
      this.logger_.warn(`PayPal webhook refused: ${why} (transmission ${headers["paypal-transmission-id"] ?? "?"})`)
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, `PayPal webhook refused: ${why}`)
    }
    if (!this.options_.webhookId) {
      return refuse("PAYPAL_WEBHOOK_ID is not configured")
    }
    const missing = TRANSMISSION_HEADERS.filter((h) => typeof headers[h] !== "string" || !headers[h])
    if (missing.length) {
      return refuse(`missing ${missing.join(", ")}`)
    }
    const sentAt = Date.parse(headers["paypal-transmission-time"]!)
    const toleranceMs = (this.options_.webhookToleranceSeconds ?? 300) * 1000
    if (!Number.isFinite(sentAt) || Math.abs(Date.now() - sentAt) > toleranceMs) {
      return refuse(`stale transmission time ${headers["paypal-transmission-time"]}`)
    }
    const raw = Buffer.isBuffer(payload.rawData) ? payload.rawData.toString("utf8") : String(payload.rawData ?? "")
    try {
      JSON.parse(raw)
    } catch {
      return refuse("body is not JSON")
    }
    // the event goes back byte for byte: PayPal's check covers a CRC32 of the body it sent
    const envelope = JSON.stringify({
      auth_algo: headers["paypal-auth-algo"],
      cert_url: headers["paypal-cert-url"],
      transmission_id: headers["paypal-transmission-id"],
      transmission_sig: headers["paypal-transmission-sig"],
      transmission_time: headers["paypal-transmission-time"],
      webhook_id: this.options_.webhookId,
    })
    const body = `${envelope.slice(0, -1)},"webhook_event":${raw}}`
    let result: { verification_status?: string }
    try {
      result = await this.client_.request<{ verification_status?: string }>(
        "POST",
        "/v1/notifications/verify-webhook-signature",
        "verify webhook signature",
        { rawBody: body }
      )
    } catch (e) {
      // PayPal refuses to check headers it can't read (a cert URL that isn't PayPal's, a malformed
      // signature): that is a refusal of the event; its outage or our credentials are not
      if (e instanceof PayPalApiError && (e.status === 400 || e.status === 422)) {
        return refuse(`PayPal could not verify it (${e.issue ?? e.message})`)
      }
      throw e
    }
    if (result.verification_status !== "SUCCESS") {
      return refuse(`signature verification ${result.verification_status ?? "failed"}`)
    }
    return raw
  }

  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const raw = await this.verifyWebhook(payload)
    const event = JSON.parse(raw) as { id?: string; event_type?: string; resource?: Record<string, any> }
    const action = WEBHOOK_ACTIONS[event.event_type ?? ""]
    if (!action || !event.resource) {
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    // order events carry the purchase unit; capture/authorization events carry custom_id themselves
    const unit = event.event_type!.startsWith("CHECKOUT.") ? event.resource.purchase_units?.[0] : event.resource
    const value = unit?.amount?.value as string | undefined
    const currency = unit?.amount?.currency_code as string | undefined
    const sessionId = sessionIdFromCustomId(this.options_.clientSecret, unit?.custom_id, value, currency)
    if (!sessionId) {
      this.logger_.warn(`PayPal webhook ${event.id} (${event.event_type}) names no session of this store: ignored`)
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    return { action, data: { session_id: sessionId, amount: fromPayPalValue(value) } }
  }
}

export default PayPalProviderService
