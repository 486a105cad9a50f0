import {
  authenticate,
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ASSISTANT_MODULE } from "../../../modules/assistant"
import type AssistantModuleService from "../../../modules/assistant/service"
import { counters, inMinutes, requestContext, TooManyRequestsError } from "../../utils/security"
import { StoreAssistantQuery } from "./validators"

/**
 * Questions per window (ASSISTANT_RATE_LIMIT_*) per signed-in customer, or per
 * client address for guests (counted in the counters module): 429 with
 * Retry-After beyond.
 */
async function limitQuestions(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const assistant: AssistantModuleService = req.scope.resolve(ASSISTANT_MODULE)
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  const subject =
    auth?.actor_type === "customer" && auth.actor_id ? `customer:${auth.actor_id}` : `ip:${requestContext(req).ip ?? "unknown"}`
  const { allowed, retry_after } = await counters(req).hitRateLimit("assistant", subject, assistant.rateLimit)
  if (!allowed) {
    throw new TooManyRequestsError(retry_after, `Too many questions from your network. Try again in ${inMinutes(retry_after)}.`)
  }
  next()
}

export const storeAssistantMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/assistant/query",
    middlewares: [
      // guests too (publishable key only); a customer's token adds their own account as context
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      limitQuestions,
      validateAndTransformBody(StoreAssistantQuery),
    ],
  },
]
