import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import PaymentFailure from "./models/payment-failure"

export type RecordFailureInput = {
  event_key: string
  provider_id: string
  action: "failed" | "canceled"
  payment_session_id: string
  payment_collection_id?: string | null
  cart_id?: string | null
  customer_id?: string | null
  email?: string | null
  amount?: number | null
  currency_code?: string | null
  code?: string | null
  reason?: string | null
  occurred_at: Date
}

export type PaymentLogModuleOptions = {
  /** days a recorded payment failure is kept before the weekly cleanup deletes it */
  retentionDays?: number
}

class PaymentLogModuleService extends MedusaService({ PaymentFailure }) {
  readonly retentionDays: number

  constructor(container: Record<string, unknown>, options: PaymentLogModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.retentionDays = options.retentionDays ?? 180
    if (!Number.isInteger(this.retentionDays) || this.retentionDays < 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `payment_log: retentionDays must be a whole number of days (CLEANUP_FAILED_PAYMENT_RETENTION_DAYS), got ${options.retentionDays}`
      )
    }
  }

  /** Deletes a page of failures that occurred before `cutoff`; the next page is whatever is left. */
  async purgeOlderThan(cutoff: Date, { limit = 1000 }: { limit?: number } = {}): Promise<{ deleted: number }> {
    const old = await this.listPaymentFailures({ occurred_at: { $lt: cutoff } }, { select: ["id"], take: limit, order: { id: "ASC" } })
    if (old.length) {
      await this.deletePaymentFailures(old.map((f) => f.id))
    }
    return { deleted: old.length }
  }
  /**
   * Records a failure once per event key. Returns `null` when the event was
   * recorded before (a replayed or duplicated webhook), also when a parallel
   * delivery won the race for the unique key.
   */
  async recordFailureOnce(input: RecordFailureInput) {
    const [existing] = await this.listPaymentFailures({ event_key: input.event_key }, { select: ["id"] })
    if (existing) {
      return null
    }
    try {
      return await this.createPaymentFailures(input)
    } catch (e) {
      const err = e as { code?: string; message?: string }
      if (err.code === "23505" || /unique|already exists/i.test(err.message ?? "")) {
        return null
      }
      throw e
    }
  }
}

export default PaymentLogModuleService
