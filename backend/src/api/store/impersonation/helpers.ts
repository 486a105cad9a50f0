import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const STORE_SESSION_FIELDS = [
  "id",
  "status",
  "started_at",
  "expires_at",
  "ended_at",
  "customer_id",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]

/** The session of the request's impersonation token; 404 for an ordinary customer token. */
export async function currentImpersonation(req: AuthenticatedMedusaRequest<unknown>) {
  const sessionId = (req.auth_context as { impersonation_session_id?: string }).impersonation_session_id
  if (!sessionId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This is not a view-as-customer session.")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "impersonation_session",
    fields: [...STORE_SESSION_FIELDS, "user_id"],
    filters: { id: sessionId, customer_id: req.auth_context.actor_id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This is not a view-as-customer session.")
  }
  return data[0]
}
