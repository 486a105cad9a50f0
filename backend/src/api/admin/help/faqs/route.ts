import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createFaqsWorkflow } from "../../../../workflows/help-center"
import { refetchHelpEntity } from "../helpers"
import type { AdminCreateFaqType, AdminGetFaqsParamsType } from "../validators"
import type { AdminHelpFaqListResponse, AdminHelpFaqResponse } from "../../../../types/http"
import type { Sendable } from "../../../utils/sendable"

/** GET /admin/help/faqs?q=&category=&published= — drafts included, in rank order. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetFaqsParamsType>, res: MedusaResponse<Sendable<AdminHelpFaqListResponse>>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, category, published } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (category) {
    filters.category = category
  }
  if (published !== undefined) {
    filters.published = published
  }
  if (q?.trim()) {
    const like = `%${q.trim()}%`
    filters.$or = [{ question: { $ilike: like } }, { answer: { $ilike: like } }]
  }
  const { data, metadata } = await query.graph({
    entity: "faq",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { rank: "ASC", created_at: "ASC", id: "ASC" } },
  })
  res.json({
    faqs: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** POST /admin/help/faqs — a new FAQ (a draft unless `published: true`). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateFaqType>, res: MedusaResponse<AdminHelpFaqResponse>) => {
  const { result } = await createFaqsWorkflow(req.scope).run({ input: { faqs: [req.validatedBody] } })
  res.json({ faq: await refetchHelpEntity(req.scope, "faq", result[0].id, req.queryConfig.fields) })
}
