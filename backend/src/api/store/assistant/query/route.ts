import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerQuestionWorkflow } from "../../../../workflows/assistant"
import type { StoreAssistantQueryType } from "../validators"

/**
 * POST /store/assistant/query — the support assistant's answer to a question,
 * with the help articles it used and whether a person should take over.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAssistantQueryType>, res: MedusaResponse) => {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id || null : null
  const { result } = await answerQuestionWorkflow(req.scope).run({
    input: { message: req.validatedBody.message, unhelpful_count: req.validatedBody.unhelpful_count ?? 0, customer_id: customerId, asOf: new Date() },
  })
  res.json({
    answer: result.answer,
    citations: result.citations,
    handover: result.handover,
    handover_reason: result.handover_reason,
    provider: result.provider,
    confidence: result.confidence,
  })
}
