import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_LOG_MODULE } from "../../../modules/payment-log"
import type PaymentLogModuleService from "../../../modules/payment-log/service"

const DAY_MS = 86_400_000

export type PurgePaymentFailuresStepInput = { asOf: Date; pageSize?: number }

/**
 * Deletes recorded failed and cancelled gateway payments that occurred more
 * than the payment log's `retentionDays` ago, a page at a time. Deleting
 * can't be undone, so there is no compensation; running it again deletes
 * nothing more.
 */
export const purgePaymentFailuresStep = createStep(
  "purge-payment-failures",
  async (input: PurgePaymentFailuresStepInput, { container }) => {
    const payments: PaymentLogModuleService = container.resolve(PAYMENT_LOG_MODULE)
    const cutoff = new Date(new Date(input.asOf).getTime() - payments.retentionDays * DAY_MS)
    const limit = input.pageSize ?? 1000
    let deleted = 0
    for (;;) {
      const page = await payments.purgeOlderThan(cutoff, { limit })
      deleted += page.deleted
      if (page.deleted < limit) {
        break
      }
    }
    return new StepResponse({ deleted, cutoff: cutoff.toISOString() })
  }
)
