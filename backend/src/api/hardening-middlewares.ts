import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { fromTrustedProxy } from "../lib/client-address"
import { ACCOUNT_MODULE } from "../modules/account"
import type AccountModuleService from "../modules/account/service"
import { counters, inMinutes, requestContext, TooManyRequestsError } from "./utils/security"
import { installSecurityHeaders } from "./utils/security-headers"

// security headers on every answer of this server (see the function)
installSecurityHeaders()

type Req = MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }

const READS = new Set(["GET", "HEAD"])

/**
 * Whom a request counts against: the signed-in customer or admin user (or
 * API key), else the client's address. Null for the storefront's own
 * server-side calls (a trusted proxy naming no client): they carry every
 * anonymous shopper at once, and a shopper's own calls are counted once
 * signed in or when the storefront forwards their address.
 */
function rateLimitSubject(req: Req): string | null {
  const actor = req.auth_context
  if (actor?.actor_id) {
    return `${actor.actor_type}:${actor.actor_id}`
  }
  if (!req.headers["x-forwarded-for"] && fromTrustedProxy(req)) {
    return null
  }
  return `address:${requestContext(req).ip ?? "unknown"}`
}

/**
 * The per-user API limit of /store or /admin: reads and writes have their
 * own budget per window (account module options), counted in the counters
 * module (shared by every instance through Redis). Every counted answer says
 * what is left; over budget → 429 with Retry-After.
 */
function apiRateLimit(area: "store" | "admin") {
  return async (req: Req, res: MedusaResponse, next: MedusaNextFunction) => {
    if (req.method === "OPTIONS") {
      return next()
    }
    const subject = rateLimitSubject(req)
    if (!subject) {
      return next()
    }
    const accounts: AccountModuleService = req.scope.resolve(ACCOUNT_MODULE)
    const group = `${area}_${READS.has(req.method) ? "read" : "write"}` as const
    const limits = accounts.apiRateLimits[group]
    const result = await counters(req).hitRateLimit(`api_${group}`, subject, limits)
    res.setHeader("RateLimit-Limit", String(limits.max))
    res.setHeader("RateLimit-Remaining", String(result.remaining))
    res.setHeader("RateLimit-Reset", String(result.retry_after))
    if (!result.allowed) {
      throw new TooManyRequestsError(result.retry_after, `Too many requests. Try again in ${inMinutes(result.retry_after)}.`)
    }
    next()
  }
}

export const hardeningMiddlewares: MiddlewareRoute[] = [
  // no method: these run ahead of every route's own middlewares (after Medusa's authentication)
  { matcher: "/store/*", middlewares: [apiRateLimit("store")] },
  { matcher: "/admin/*", middlewares: [apiRateLimit("admin")] },
]
