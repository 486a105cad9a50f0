import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  BigNumberInput,
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
  MathBN,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import {
  checkoutSignatureMatches,
  hmacHex,
  RazorpayApiError,
  RazorpayClient,
  signatureMatches,
  type RazorpayOrder,
  type RazorpayPayment,
  type RazorpayRefund,
} from "./client"

export const RAZORPAY_API = "https://api.razorpay.com"

export type RazorpayOptions = {
  keyId: string
  keySecret: string
  /** without it every webhook is refused */
  webhookSecret?: string
  apiBase?: string
  /** true (default): capture when the cart completes; false: the admin captures later */
  capture?: boolean
  /**
   * An event whose (signed) `created_at` is older is refused as stale (default 172800 s = 48 h:
   * Razorpay retries a failed delivery for 24 h, with the same body and signature)
   */
  webhookMaxAgeSeconds?: number
}

export const RAZORPAY_WEBHOOK_MAX_AGE_SECONDS = 48 * 60 * 60

/** What this module keeps in the payment session / payment `data` (see README.md). */
export type RazorpaySessionData = {
  razorpay_order_id: string
  key_id: string
  /** paise */
  amount: number
  currency: "INR"
  session_id: string
  status: string
  razorpay_payment_id: string | null
  razorpay_signature: string | null
  refunds?: Array<{ id: string; amount: number; status: string }>
  error?: string
}

/** INR major units → paise. */
export function toPaise(amount: BigNumberInput): number {
  return Number(MathBN.convert(amount).times(100).toFixed(0, 4 /* ROUND_HALF_UP */))
}

function assertInr(currencyCode: string) {
  if (currencyCode.toLowerCase() !== "inr") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Razorpay takes payments in INR only; this cart is in ${currencyCode.toUpperCase()}. Choose another payment method.`
    )
  }
}

/**
 * Razorpay Orders + Checkout. The session holds a server-created order; a payment counts only when
 * it belongs to that stored order (Checkout's signature is checked against the stored order id).
 */
class RazorpayProviderService extends AbstractPaymentProvider<RazorpayOptions> {
  static identifier = "razorpay"

  protected readonly logger_: Logger
  protected readonly options_: RazorpayOptions
  protected readonly client_: RazorpayClient

  static validateOptions(options: Record<string, unknown>) {
    if (!options.keyId || !options.keySecret) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Razorpay needs RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET (options keyId, keySecret)"
      )
    }
  }

  constructor(cradle: { logger: Logger } & Record<string, unknown>, options: RazorpayOptions) {
    super(cradle, options)
    this.logger_ = cradle.logger
    this.options_ = options
    this.client_ = new RazorpayClient({
      keyId: options.keyId,
      keySecret: options.keySecret,
      apiBase: options.apiBase || RAZORPAY_API,
    })
  }

  protected storedData(data: Record<string, unknown> | undefined): RazorpaySessionData {
    if (!data || typeof data.razorpay_order_id !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The payment session has no Razorpay order")
    }
    return data as unknown as RazorpaySessionData
  }

  protected async createOrder(sessionId: string, paise: number): Promise<RazorpaySessionData> {
    const order = await this.client_.request<RazorpayOrder>("POST", "/v1/orders", "create order", {
      amount: paise,
      currency: "INR",
      receipt: sessionId.slice(0, 40),
      notes: { session_id: sessionId },
    })
    return {
      razorpay_order_id: order.id,
      key_id: this.options_.keyId,
      amount: order.amount,
      currency: "INR",
      session_id: sessionId,
      status: order.status,
      // set again here so nothing a browser sent along at session creation survives
      razorpay_payment_id: null,
      razorpay_signature: null,
    }
  }

  async initiatePayment({ amount, currency_code, data, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    assertInr(currency_code)
    const sessionId = String(data?.session_id ?? context?.idempotency_key ?? "")
    const created = await this.createOrder(sessionId, toPaise(amount))
    return { id: created.razorpay_order_id, status: PaymentSessionStatus.PENDING, data: created }
  }

  /**
   * Called with the stored data plus Checkout's `razorpay_payment_id`/`razorpay_signature` (see
   * POST /store/carts/:id/razorpay-payment), or by Medusa when the cart total changed.
   */
  async updatePayment({ amount, currency_code, data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    assertInr(currency_code)
    const stored = this.storedData(data)
    const paise = toPaise(amount)
    if (paise !== stored.amount) {
      // an order's amount is fixed at Razorpay: a new total is a new order
      const created = await this.createOrder(stored.session_id, paise)
      return { data: created as unknown as Record<string, unknown>, status: PaymentSessionStatus.PENDING }
    }
    if (stored.razorpay_payment_id) {
      if (!checkoutSignatureMatches(this.options_.keySecret, stored.razorpay_order_id, stored.razorpay_payment_id, stored.razorpay_signature)) {
        this.logger_.warn(`Razorpay checkout signature refused for order ${stored.razorpay_order_id} (session ${stored.session_id})`)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Razorpay payment signature is not valid for this order")
      }
    }
    return { data: stored as unknown as Record<string, unknown>, status: PaymentSessionStatus.PENDING }
  }

  /** The stored fields plus what Razorpay says of the payment (never fields a caller added). */
  protected withPayment(stored: RazorpaySessionData, payment: RazorpayPayment | null, extra: Partial<RazorpaySessionData> = {}) {
    const next: RazorpaySessionData = {
      razorpay_order_id: stored.razorpay_order_id,
      key_id: stored.key_id,
      amount: stored.amount,
      currency: "INR",
      session_id: stored.session_id,
      status: payment?.status ?? stored.status,
      razorpay_payment_id: payment?.id ?? stored.razorpay_payment_id ?? null,
      razorpay_signature: stored.razorpay_signature ?? null,
      ...(stored.refunds ? { refunds: stored.refunds } : {}),
      ...extra,
    }
    return next
  }

  protected statusOf(payment: RazorpayPayment | null): SessionStatus {
    switch (payment?.status) {
      case "captured":
        return PaymentSessionStatus.CAPTURED
      case "authorized":
        return PaymentSessionStatus.AUTHORIZED
      case "failed":
        return PaymentSessionStatus.ERROR
      case "refunded":
        return PaymentSessionStatus.CANCELED
      default:
        return PaymentSessionStatus.PENDING
    }
  }

  /**
   * The payment for the stored order: the one Checkout named (its signature checked against the
   * stored order id), else the best one Razorpay lists for the order (webhook-driven completion).
   */
  protected async findPayment(stored: RazorpaySessionData): Promise<{ payment: RazorpayPayment | null; refused?: string }> {
    if (stored.razorpay_payment_id) {
      if (!checkoutSignatureMatches(this.options_.keySecret, stored.razorpay_order_id, stored.razorpay_payment_id, stored.razorpay_signature)) {
        return { payment: null, refused: "checkout signature does not match the stored order" }
      }
      const payment = await this.client_.request<RazorpayPayment>("GET", `/v1/payments/${stored.razorpay_payment_id}`, "get payment")
      return { payment }
    }
    const list = await this.client_.request<{ items?: RazorpayPayment[] }>(
      "GET",
      `/v1/orders/${stored.razorpay_order_id}/payments`,
      "list order payments"
    )
    const items = list.items ?? []
    const payment =
      items.find((p) => p.status === "captured") ?? items.find((p) => p.status === "authorized") ?? items[0] ?? null
    return { payment }
  }

  protected async capture(payment: RazorpayPayment): Promise<RazorpayPayment> {
    try {
      return await this.client_.request<RazorpayPayment>("POST", `/v1/payments/${payment.id}/capture`, "capture payment", {
        amount: payment.amount,
        currency: payment.currency,
      })
    } catch (e) {
      // captured meanwhile (a webhook-driven completion, the dashboard): read it instead of failing
      if (e instanceof RazorpayApiError && e.status === 400) {
        const now = await this.client_.request<RazorpayPayment>("GET", `/v1/payments/${payment.id}`, "get payment")
        if (now.status === "captured") {
          return now
        }
      }
      throw e
    }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const stored = this.storedData(data)
    const { payment, refused } = await this.findPayment(stored)
    let why = refused
    if (!why && payment) {
      if (payment.order_id !== stored.razorpay_order_id) {
        why = `payment ${payment.id} belongs to order ${payment.order_id}`
      } else if (payment.currency !== "INR" || payment.amount !== stored.amount) {
        why = `payment ${payment.id} is ${payment.amount} ${payment.currency}, the order ${stored.amount} INR`
      }
    }
    if (why) {
      this.logger_.warn(`Razorpay payment refused for session ${stored.session_id}: ${why}`)
      return { status: PaymentSessionStatus.ERROR, data: this.withPayment(stored, null, { status: "refused", error: why }) as unknown as Record<string, unknown> }
    }
    if (!payment) {
      return { status: PaymentSessionStatus.REQUIRES_MORE, data: stored as unknown as Record<string, unknown> }
    }
    let current = payment
    if (current.status === "authorized" && this.options_.capture !== false) {
      current = await this.capture(current)
    }
    let status = this.statusOf(current)
    if (status === PaymentSessionStatus.PENDING) {
      status = PaymentSessionStatus.REQUIRES_MORE
    }
    const extra = current.status === "failed" ? { error: current.error_description ?? current.error_code ?? "failed" } : {}
    return { status, data: this.withPayment(stored, current, extra) as unknown as Record<string, unknown> }
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const stored = this.storedData(data)
    if (stored.status === "captured") {
      return { data: stored as unknown as Record<string, unknown> }
    }
    if (!stored.razorpay_payment_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Razorpay order ${stored.razorpay_order_id} has no payment to capture`)
    }
    let payment = await this.client_.request<RazorpayPayment>("GET", `/v1/payments/${stored.razorpay_payment_id}`, "get payment")
    if (payment.status === "authorized") {
      payment = await this.capture(payment)
    }
    return { data: this.withPayment(stored, payment) as unknown as Record<string, unknown> }
  }

  async refundPayment({ amount, data, context }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const stored = this.storedData(data)
    if (!stored.razorpay_payment_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Razorpay order ${stored.razorpay_order_id} has no payment to refund`)
    }
    const paise = toPaise(amount)
    const refund = await this.client_.request<RazorpayRefund>(
      "POST",
      `/v1/payments/${stored.razorpay_payment_id}/refund`,
      "refund payment",
      { amount: paise, receipt: context?.idempotency_key?.slice(0, 40), notes: { session_id: stored.session_id } }
    )
    const refunds = [...(stored.refunds ?? []), { id: refund.id, amount: refund.amount, status: refund.status }]
    return { data: { ...stored, refunds } as unknown as Record<string, unknown> }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const stored = this.storedData(data)
    if (stored.status === "captured" && stored.razorpay_payment_id) {
      // only reached when Medusa undoes a cart completion after the money moved: give it back
      const refund = await this.client_.request<RazorpayRefund>(
        "POST",
        `/v1/payments/${stored.razorpay_payment_id}/refund`,
        "refund payment",
        { amount: stored.amount, receipt: `cancel-${stored.razorpay_payment_id}`.slice(0, 40) }
      )
      this.logger_.warn(`Razorpay payment ${stored.razorpay_payment_id} refunded in full: the payment was canceled`)
      return { data: { ...stored, refunds: [...(stored.refunds ?? []), { id: refund.id, amount: refund.amount, status: refund.status }] } }
    }
    // Razorpay has no void: an authorized payment that is never captured is refunded by Razorpay itself
    return { data: { ...stored, status: stored.status === "authorized" ? "canceled" : stored.status } }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    // an unpaid order just stays unpaid at Razorpay
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const stored = this.storedData(data)
    const { payment } = await this.findPayment(stored)
    return { data: this.withPayment(stored, payment && payment.order_id === stored.razorpay_order_id ? payment : null) as unknown as Record<string, unknown> }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const stored = this.storedData(data)
    const { payment, refused } = await this.findPayment(stored)
    if (refused || (payment && payment.order_id !== stored.razorpay_order_id)) {
      return { status: PaymentSessionStatus.ERROR, data: stored as unknown as Record<string, unknown> }
    }
    return { status: this.statusOf(payment), data: this.withPayment(stored, payment) as unknown as Record<string, unknown> }
  }

  /** The session an order was created for: only the server creates orders, so its notes are ours. */
  protected sessionOfOrder(order: Partial<RazorpayOrder> | undefined): string | null {
    const notes = order?.notes && !Array.isArray(order.notes) ? order.notes : {}
    return notes.session_id || order?.receipt || null
  }

  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const headers = payload.headers as Record<string, string | undefined>
    const raw = Buffer.isBuffer(payload.rawData) ? payload.rawData : Buffer.from(String(payload.rawData ?? ""), "utf8")
    const refuse = (why: string): never => {
      this.logger_.warn(`Razorpay webhook refused: ${why} (event ${headers["x-razorpay-event-id"] ?? "?"})`)
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, `Razorpay webhook refused: ${why}`)
    }
    if (!this.options_.webhookSecret) {
      return refuse("RAZORPAY_WEBHOOK_SECRET is not configured")
    }
    if (!signatureMatches(hmacHex(this.options_.webhookSecret, raw), headers["x-razorpay-signature"])) {
      return refuse("signature does not match the body")
    }
    let event: { event?: string; created_at?: number; payload?: Record<string, { entity?: Record<string, any> }> }
    try {
      event = JSON.parse(raw.toString("utf8"))
    } catch {
      return refuse("body is not JSON")
    }
    // the signature has no timestamp of its own; the signed created_at bounds how long a captured
    // event can be replayed (replays within the window change nothing: handlers are idempotent)
    const maxAgeMs = (this.options_.webhookMaxAgeSeconds ?? RAZORPAY_WEBHOOK_MAX_AGE_SECONDS) * 1000
    if (typeof event.created_at === "number" && Date.now() - event.created_at * 1000 > maxAgeMs) {
      return refuse(`stale event created at ${new Date(event.created_at * 1000).toISOString()}`)
    }
    const payment = event.payload?.payment?.entity as RazorpayPayment | undefined
    switch (event.event) {
      case "order.paid": {
        const order = event.payload?.order?.entity as RazorpayOrder | undefined
        const sessionId = this.sessionOfOrder(order)
        if (!order || !sessionId) {
          return { action: PaymentActions.NOT_SUPPORTED }
        }
        return {
          action: PaymentActions.SUCCESSFUL,
          data: { session_id: sessionId, amount: (order.amount_paid ?? order.amount) / 100 },
        }
      }
      case "payment.authorized":
      case "payment.captured":
      case "payment.failed": {
        if (!payment?.order_id) {
          return { action: PaymentActions.NOT_SUPPORTED }
        }
        // payment notes come from the browser: the session is read from the server-created order
        const order = await this.client_.request<RazorpayOrder>("GET", `/v1/orders/${payment.order_id}`, "get order")
        const sessionId = this.sessionOfOrder(order)
        if (!sessionId) {
          return { action: PaymentActions.NOT_SUPPORTED }
        }
        const action =
          event.event === "payment.captured"
            ? PaymentActions.SUCCESSFUL
            : event.event === "payment.authorized"
              ? PaymentActions.AUTHORIZED
              : PaymentActions.FAILED
        return { action, data: { session_id: sessionId, amount: payment.amount / 100 } }
      }
      default:
        // refund.* and the rest: refunds are made (and recorded) through Medusa's admin
        return { action: PaymentActions.NOT_SUPPORTED }
    }
  }
}

export default RazorpayProviderService
