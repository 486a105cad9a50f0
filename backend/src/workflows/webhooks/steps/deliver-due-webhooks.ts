import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AttemptOutcome } from "../../../modules/webhooks/service"
import { webhooksService } from "./service"

/**
 * Works through every delivery due at `asOf` — retries whose backoff passed,
 * first attempts a crashed worker never made — a page at a time in id order,
 * so a backlog is caught up in one run. Rows are claimed atomically: two
 * workers running this at once never send one delivery twice. Sending
 * cannot be undone, so this step has no compensation.
 */
export const deliverDueWebhooksStep = createStep(
  "deliver-due-webhooks",
  async (input: { asOf: Date; pageSize?: number }, { container }) => {
    const service = webhooksService(container)
    const asOf = new Date(input.asOf)
    const counts: Record<AttemptOutcome, number> = { succeeded: 0, retry: 0, failed: 0, skipped: 0 }
    let after: string | undefined
    for (;;) {
      const { claims, cursor } = await service.claimDue(asOf, { after, limit: input.pageSize ?? 100 })
      if (!cursor) {
        break
      }
      for (const outcome of await service.attemptDeliveries(claims, asOf)) {
        counts[outcome] += 1
      }
      after = cursor
    }
    return new StepResponse(counts)
  }
)
