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
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { PayPalApiError, PayPalClient, type PayPalCapture, type PayPalOrder } from "./client"
import { buildCustomId, toPayPalValue } from "./utils"
import { isStoredSession, sessionDataFromOrder, sessionStatusOf } from "./session-data"
import { PAYPAL_LIVE_API, PAYPAL_SANDBOX_API, type PayPalOptions, type PayPalSessionData } from "./types"
import { verifyPayPalWebhook, webhookActionOf } from "./webhook"

export { PAYPAL_LIVE_API, PAYPAL_SANDBOX_API } from "./types"
export type { PayPalOptions, PayPalSessionData } from "./types"

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
    if (!isStoredSession(data)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The payment session has no PayPal order")
    }
    return data
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
      return { data: stored, status: PaymentSessionStatus.PENDING }
    }
    // the amount is part of the order and of its custom_id tag: a new amount is a new order
    const created = await this.createOrder(stored.session_id, value, currency, {}, context?.idempotency_key)
    return { data: created, status: PaymentSessionStatus.PENDING }
  }

  /** The stored data refreshed from a PayPal order (never from what a caller put next to it). */
  protected fromOrder(stored: PayPalSessionData, order: PayPalOrder): PayPalSessionData {
    return sessionDataFromOrder(stored, order)
  }

  protected statusOf(data: PayPalSessionData): SessionStatus {
    return sessionStatusOf(data)
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
          return { status: PaymentSessionStatus.ERROR, data: refused }
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
    return { status, data: next }
  }

  async capturePayment({ data, context }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const stored = this.storedData(data)
    if (stored.capture_status === "COMPLETED") {
      return { data: stored }
    }
    // read PayPal's state first: a capture made earlier (a retried request, the dashboard) is not repeated
    const order = await this.client_.request<PayPalOrder>("GET", `/v2/checkout/orders/${stored.paypal_order_id}`, "get order")
    const current = this.fromOrder(stored, order)
    if (current.capture_status === "COMPLETED" || current.capture_status === "PENDING") {
      return { data: current }
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
    return { data: captured }
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
    return { data: { ...stored, refunds } }
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
    return { data: stored }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    // sessions are deleted before any money moved; the unapproved order expires at PayPal
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const stored = this.storedData(data)
    const order = await this.client_.request<PayPalOrder>("GET", `/v2/checkout/orders/${stored.paypal_order_id}`, "get order")
    return { data: this.fromOrder(stored, order) }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const stored = this.storedData(data)
    const order = await this.client_.request<PayPalOrder>("GET", `/v2/checkout/orders/${stored.paypal_order_id}`, "get order")
    const next = this.fromOrder(stored, order)
    return { status: this.statusOf(next), data: next }
  }

  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const raw = await verifyPayPalWebhook(this.client_, this.options_, this.logger_, payload)
    return webhookActionOf(this.options_.clientSecret, raw, this.logger_)
  }
}

export default PayPalProviderService
