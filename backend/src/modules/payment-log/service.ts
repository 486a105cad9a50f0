import { MedusaService } from "@medusajs/framework/utils"
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

class PaymentLogModuleService extends MedusaService({ PaymentFailure }) {
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
