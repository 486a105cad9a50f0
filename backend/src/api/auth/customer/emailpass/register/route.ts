import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * POST /auth/customer/emailpass/register — closed: Medusa's raw register
 * would tell who has an account. Customers register through
 * POST /store/account/register.
 */
export const POST = async (_req: MedusaRequest, _res: MedusaResponse) => {
  throw new MedusaError(MedusaError.Types.FORBIDDEN, "Register with POST /store/account/register.")
}
