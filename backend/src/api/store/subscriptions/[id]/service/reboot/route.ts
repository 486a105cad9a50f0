import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runCustomerServiceAction } from "../helpers"

/** POST /store/subscriptions/:id/service/reboot `{}` → `{ service, action }`: restarts the customer's server. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await runCustomerServiceAction(req, res, "reboot")
}
