import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ACCOUNT_MODULE } from "../../../../modules/account"
import type AccountModuleService from "../../../../modules/account/service"
import type { AdminCustomerLookupParamsType } from "../validators"

/** GET /admin/customers/lookup?shopper_id=CS-7Q2K9M — the customer a shopper id belongs to. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminCustomerLookupParamsType>, res: MedusaResponse) => {
  const shopperId = (req.validatedQuery as AdminCustomerLookupParamsType).shopper_id
  const accounts: AccountModuleService = req.scope.resolve(ACCOUNT_MODULE)
  const [profile] = await accounts.listAccountProfiles({ shopper_id: shopperId })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = profile
    ? await query.graph({
        entity: "customer",
        fields: ["id", "email", "first_name", "last_name"],
        filters: { id: profile.customer_id },
      })
    : { data: [] }
  if (!profile || !data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No customer with shopper id ${shopperId}`)
  }
  res.json({ customer: { ...data[0], shopper_id: profile.shopper_id, status: profile.status } })
}
