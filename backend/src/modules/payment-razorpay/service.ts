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
import {
  checkoutSignatureMatches,
  RazorpayApiError,
  RazorpayClient,
  type RazorpayOrder,
  type RazorpayPayment,
  type RazorpayRefund,
} from "./client"
import { assertInr, isStoredSession, sessionDataWithPayment, sessionStatusOf, toPaise } from "./session-data"
import { RAZORPAY_API, type RazorpayOptions, type RazorpaySessionData } from "./types"
import { razorpayWebhookAction } from "./webhook"

export { RAZORPAY_API, RAZORPAY_WEBHOOK_MAX_AGE_SECONDS } from "./types"
export type { RazorpayOptions, RazorpaySessionData } from "./types"
export { toPaise } from "./session-data"

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
    if (!isStoredSession(data)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The payment session has no Razorpay order")
    }
    return data
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
      return { data: created, status: PaymentSessionStatus.PENDING }
    }
    if (stored.razorpay_payment_id) {
      if (!checkoutSignatureMatches(this.options_.keySecret, stored.razorpay_order_id, stored.razorpay_payment_id, stored.razorpay_signature)) {
        this.logger_.warn(`Razorpay checkout signature refused for order ${stored.razorpay_order_id} (session ${stored.session_id})`)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Razorpay payment signature is not valid for this order")
      }
    }
    return { data: stored, status: PaymentSessionStatus.PENDING }
  }

  /** The stored fields plus what Razorpay says of the payment (never fields a caller added). */
  protected withPayment(stored: RazorpaySessionData, payment: RazorpayPayment | null, extra: Partial<RazorpaySessionData> = {}) {
    return sessionDataWithPayment(stored, payment, extra)
  }

  protected statusOf(payment: RazorpayPayment | null): SessionStatus {
    return sessionStatusOf(payment)
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
      return { status: PaymentSessionStatus.ERROR, data: this.withPayment(stored, null, { status: "refused", error: why }) }
    }
    if (!payment) {
      return { status: PaymentSessionStatus.REQUIRES_MORE, data: stored }
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
    return { status, data: this.withPayment(stored, current, extra) }
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const stored = this.storedData(data)
    if (stored.status === "captured") {
      return { data: stored }
    }
    if (!stored.razorpay_payment_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Razorpay order ${stored.razorpay_order_id} has no payment to capture`)
    }
    let payment = await this.client_.request<RazorpayPayment>("GET", `/v1/payments/${stored.razorpay_payment_id}`, "get payment")
    if (payment.status === "authorized") {
      payment = await this.capture(payment)
    }
    return { data: this.withPayment(stored, payment) }
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
    return { data: { ...stored, refunds } }
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
    return { data: this.withPayment(stored, payment && payment.order_id === stored.razorpay_order_id ? payment : null) }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const stored = this.storedData(data)
    const { payment, refused } = await this.findPayment(stored)
    if (refused || (payment && payment.order_id !== stored.razorpay_order_id)) {
      return { status: PaymentSessionStatus.ERROR, data: stored }
    }
    return { status: this.statusOf(payment), data: this.withPayment(stored, payment) }
  }

  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return razorpayWebhookAction(this.client_, this.options_, this.logger_, payload)
  }
}

export default RazorpayProviderService
