import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONTENT_MODULE } from "../../../modules/content"
import type ContentModuleService from "../../../modules/content/service"
import type { StoreCompanyResponse } from "../../../types/http"

/** GET /store/company — `{ company: { name, address, email, phone } }` for the contact page, footer and legal pages. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreCompanyResponse>) => {
  res.json({ company: req.scope.resolve<ContentModuleService>(CONTENT_MODULE).companyDetails() })
}
