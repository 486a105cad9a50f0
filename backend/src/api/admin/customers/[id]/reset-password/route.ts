import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestPasswordResetWorkflow, securityOverview } from "../../../../../workflows/account"

/** POST /admin/customers/:id/reset-password — emails the customer a one-hour reset link. Logged. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const overview = await securityOverview(req.scope, req.params.id, { events: 0 })
  if (!overview.has_login || overview.status === "deleted") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This customer has no password to reset")
  }
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  await requestPasswordResetWorkflow(req.scope).run({
    input: {
      email: overview.email!,
      actor_type: "customer",
      secret: http.jwtSecret as string,
      jwt_options: http.jwtOptions as Record<string, unknown>,
      admin: { actor_id: req.auth_context.actor_id, customer_id: req.params.id },
    },
  })
  res.json({ sent: true })
}
