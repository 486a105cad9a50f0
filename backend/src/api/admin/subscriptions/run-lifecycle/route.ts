import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { runSubscriptionLifecycle } from "../../../../workflows/subscription"
import type { AdminRunLifecycleType } from "../validators"

/**
 * POST /admin/subscriptions/run-lifecycle — the test clock: runs the daily
 * jobs as of `as_of` so a demo can watch reminders, suspensions and renewals.
 * Off in production unless SUBSCRIPTION_TEST_CLOCK=true.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRunLifecycleType>, res: MedusaResponse) => {
  if (process.env.NODE_ENV === "production" && process.env.SUBSCRIPTION_TEST_CLOCK !== "true") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The test clock is disabled in production (SUBSCRIPTION_TEST_CLOCK)")
  }
  const asOf = new Date(req.validatedBody.as_of)
  const result = await runSubscriptionLifecycle(req.scope, asOf)
  res.json({ as_of: asOf.toISOString(), processed: result })
}
