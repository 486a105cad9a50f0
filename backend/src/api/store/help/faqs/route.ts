import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withHtml } from "../helpers"
import type { StoreGetFaqsParamsType } from "../validators"
import type { StoreHelpFaqListResponse, StoreHelpFaq } from "../../../../types/http"

/** GET /store/help/faqs?category= — published FAQs in their rank order, answers as markdown and HTML. */
export const GET = async (req: MedusaRequest<unknown, StoreGetFaqsParamsType>, res: MedusaResponse<StoreHelpFaqListResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { category } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "faq",
    fields: req.queryConfig.fields,
    filters: { published: true, ...(category ? { category } : {}) },
    pagination: { ...req.queryConfig.pagination, order: { rank: "ASC", created_at: "ASC", id: "ASC" } },
  })
  res.json({
    faqs: (data as Omit<StoreHelpFaq, "answer_html">[]).map((f) => withHtml(f as StoreHelpFaq, "answer")),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
