import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSupportProfileWorkflow } from "../../../workflows/backoffice"
import { presentSupport } from "../../utils/support"
import type { AdminUpdateSupportProfileType } from "./validators"
import type { AdminSupportProfileResponse } from "../../../types/http"

/** GET /admin/support-profile — support's display name, avatar and chat hours, and whether chat is open now. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminSupportProfileResponse>) => {
  res.json({ support_profile: await presentSupport(req.scope, new Date()) })
}

/** POST /admin/support-profile — changes any of them; opening must stay before closing. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSupportProfileType>, res: MedusaResponse<AdminSupportProfileResponse>) => {
  await updateSupportProfileWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ support_profile: await presentSupport(req.scope, new Date()) })
}
