import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { IMPERSONATION_MODULE } from "../../modules/impersonation"
import type ImpersonationModuleService from "../../modules/impersonation/service"
import { expireImpersonationSessionsWorkflow } from "../../workflows/impersonation"
import { impersonationClaim, READ_ONLY_MESSAGE, SESSION_ENDED_MESSAGE } from "../utils/impersonation"

const READS = ["GET", "HEAD", "OPTIONS"]
/** The one write a viewing admin may make: ending the view from the storefront's banner. */
const ALLOWED_WRITES = ["/store/impersonation/end"]
/** The banner reports the storefront page shown with `GET /store/impersonation?page=…`. */
const PAGE_VIEW = "/store/impersonation"

const service = (req: MedusaRequest): ImpersonationModuleService => req.scope.resolve(IMPERSONATION_MODULE)
const logger = (req: MedusaRequest) => req.scope.resolve(ContainerRegistrationKeys.LOGGER)

/** Adds the request to the session's timeline once the answer is sent (the request does not wait). */
function logWhenFinished(req: MedusaRequest, res: MedusaResponse, sessionId: string, at: Date) {
  const path = (req.originalUrl ?? req.url).split("?")[0]
  const page = path === PAGE_VIEW && req.method === "GET" ? (req.query as { page?: unknown }).page : undefined
  res.on("finish", () => {
    const entry =
      typeof page === "string" && page.startsWith("/")
        ? { kind: "page_view" as const, method: "GET", path: page, status_code: res.statusCode, at }
        : { kind: "request" as const, method: req.method, path, status_code: res.statusCode, at }
    service(req)
      .recordRequest(sessionId, entry)
      .catch((e: Error) => logger(req).warn(`impersonation ${sessionId}: request not logged: ${e.message}`))
  })
}

/**
 * Every store and auth request carrying an impersonation token: the
 * session is read from the database (ending it revokes the token at once),
 * an ended or expired one answers 401, writes answer 403, and the request
 * joins the session's timeline.
 */
async function guardImpersonation(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const claim = impersonationClaim(req)
  if (!claim) {
    return next()
  }
  if (!claim.genuine) {
    return res.status(401).json({ type: "unauthorized", message: "Unauthorized" })
  }
  const asOf = new Date(Date.now())
  const { session, usable, lapsed } = await service(req).usableSession(claim.session_id, asOf)
  if (!session || (claim.customer_id && session.customer_id !== claim.customer_id)) {
    return res.status(401).json({ type: "unauthorized", message: SESSION_ENDED_MESSAGE })
  }
  logWhenFinished(req, res, session.id, asOf)
  if (!usable || !claim.valid) {
    if (lapsed || (!claim.valid && session.status === "active")) {
      // the token outlived its session's record: mark it expired now rather than at the next job run
      expireImpersonationSessionsWorkflow(req.scope)
        .run({ input: { as_of: asOf, ids: [session.id] } })
        .catch((e: Error) => logger(req).warn(`impersonation ${session.id}: not expired: ${e.message}`))
    }
    return res.status(401).json({ type: "unauthorized", message: SESSION_ENDED_MESSAGE })
  }
  const path = (req.originalUrl ?? req.url).split("?")[0]
  if (!READS.includes(req.method) && !ALLOWED_WRITES.includes(path)) {
    return res.status(403).json({ type: "not_allowed", message: READ_ONLY_MESSAGE })
  }
  next()
}

export const impersonationGuardMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/*", middlewares: [guardImpersonation] },
  // token refresh, sessions, MFA and verification: never with an impersonation token
  { matcher: "/auth/*", middlewares: [guardImpersonation] },
]
