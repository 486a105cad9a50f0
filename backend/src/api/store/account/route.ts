import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCustomerAccountWorkflow, securityOverview } from "../../../workflows/account"
import { requestContext } from "../../utils/security"
import type { StoreDeleteAccountType } from "./validators"

/**
 * DELETE /store/account — with the password: personal data anonymised,
 * factors and login removed, every token refused; orders stay for accounting.
 */
export const DELETE = async (req: AuthenticatedMedusaRequest<StoreDeleteAccountType>, res: MedusaResponse) => {
  const { email, shopper_id } = await securityOverview(req.scope, req.auth_context.actor_id, { events: 0 })
  await deleteCustomerAccountWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      email: email!,
      shopper_id,
      password: req.validatedBody.password,
      ...requestContext(req),
      asOf: new Date(Date.now()),
    },
  })
  if (req.session) {
    req.session.auth_context = undefined
  }
  res.json({ deleted: true })
}
