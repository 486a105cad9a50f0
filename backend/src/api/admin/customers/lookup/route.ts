import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminCustomerLookupParamsType } from "../validators"

/** GET /admin/customers/lookup?shopper_id=CS-7Q2K9M — the customer a shopper id belongs to. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminCustomerLookupParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const shopperId = (req.validatedQuery as AdminCustomerLookupParamsType).shopper_id
  const { data } = await query.graph({
    entity: "account_profile",
    fields: ["shopper_id", "status", "customer.id", "customer.email", "customer.first_name", "customer.last_name"],
    filters: { shopper_id: shopperId },
  })
  const profile = data[0] as { shopper_id: string; status: string; customer?: Record<string, unknown> } | undefined
  if (!profile?.customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No customer with shopper id ${shopperId}`)
  }
  res.json({ customer: { ...profile.customer, shopper_id: profile.shopper_id, status: profile.status } })
}
