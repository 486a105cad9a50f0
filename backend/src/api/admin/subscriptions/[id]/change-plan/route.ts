import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelScheduledPlanChangeWorkflow, changeSubscriptionPlanWorkflow } from "../../../../../workflows/subscription"
import { fetchSubscription } from "../../../../store/subscriptions/helpers"
import type { AdminChangePlanType } from "../../validators"

/**
 * POST /admin/subscriptions/:id/change-plan `{ variant_id, when, note? }` —
 * `now` switches at once without a charge (expiry kept), `next_renewal`
 * schedules it; on the timeline, in the action log, emailed.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminChangePlanType>, res: MedusaResponse) => {
  await changeSubscriptionPlanWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      variant_id: req.validatedBody.variant_id,
      when: req.validatedBody.when,
      note: req.validatedBody.note ?? null,
      actor: { actor: "admin", actor_id: req.auth_context.actor_id },
      asOf: new Date(),
    },
  })
  res.json({ subscription: await fetchSubscription(req.scope, req.params.id, { withEvents: true }) })
}

/** DELETE /admin/subscriptions/:id/change-plan — calls off the scheduled change. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await cancelScheduledPlanChangeWorkflow(req.scope).run({
    input: { id: req.params.id, actor: { actor: "admin", actor_id: req.auth_context.actor_id }, asOf: new Date() },
  })
  res.json({ subscription: await fetchSubscription(req.scope, req.params.id, { withEvents: true }) })
}
