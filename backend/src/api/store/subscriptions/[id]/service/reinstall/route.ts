import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreReinstallServiceType } from "../../../validators"
import { runCustomerServiceAction } from "../helpers"

/**
 * POST /store/subscriptions/:id/service/reinstall `{ os }` → `{ service, action }`:
 * wipes the server and installs the image (one of the plan's), with a new root password.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreReinstallServiceType>, res: MedusaResponse) => {
  await runCustomerServiceAction(req, res, "reinstall", req.validatedBody.os)
}
