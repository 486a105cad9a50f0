import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { IMPERSONATION_MODULE } from "../../../modules/impersonation"
import type ImpersonationModuleService from "../../../modules/impersonation/service"
import { startImpersonationWorkflow } from "../../../workflows/impersonation"
import { impersonationClaim } from "../../utils/impersonation"
import { requestContext } from "../../utils/security"
import { adminImpersonationFields } from "./query-config"
import type { AdminCreateImpersonationType, AdminGetImpersonationsParamsType } from "./validators"

/** GET /admin/impersonation — every "view as customer" session, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetImpersonationsParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { admin_id, q, ...filters } = req.filterableFields as Record<string, unknown>
  if (admin_id && !filters.user_id) {
    filters.user_id = admin_id
  }
  if (q) {
    // the customers whose email or name matches, then their sessions
    const customers = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ q: q as string }, { select: ["id"], take: 500 })
    const matching = customers.map((c) => c.id)
    const wanted = filters.customer_id ? [filters.customer_id].flat().filter((id) => matching.includes(id as string)) : matching
    filters.customer_id = wanted.length ? wanted : ["-"]
  }
  const { data, metadata } = await query.graph({
    entity: "impersonation_session",
    fields: req.queryConfig.fields,
    filters,
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination?.order ?? { started_at: "DESC", id: "DESC" },
    },
  })
  res.json({
    sessions: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/**
 * POST /admin/impersonation — `{ customer_id, reason }`: starts viewing the
 * store as the customer. Answers the session, its read-only customer token
 * (≤ 30 minutes) and the storefront link that opens the view.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateImpersonationType>, res: MedusaResponse) => {
  const { result } = await startImpersonationWorkflow(req.scope).run({
    input: {
      user_id: req.auth_context.actor_id,
      customer_id: req.validatedBody.customer_id,
      reason: req.validatedBody.reason,
      as_of: new Date(Date.now()),
      ...requestContext(req),
      acting_impersonation_session_id:
        (req.auth_context as { impersonation_session_id?: string }).impersonation_session_id ?? impersonationClaim(req)?.session_id ?? null,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "impersonation_session", fields: adminImpersonationFields, filters: { id: result.session.id } })
  const impersonation: ImpersonationModuleService = req.scope.resolve(IMPERSONATION_MODULE)
  res.status(201).json({ session: data[0], token: result.token, storefront_url: impersonation.storefrontLink(result.token) })
}
