import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientAddress } from "../../lib/client-address"
import { MedusaError } from "@medusajs/framework/utils"
import { ACCOUNT_MODULE } from "../../modules/account"
import type AccountModuleService from "../../modules/account/service"
import { COUNTERS_MODULE } from "../../modules/counters"
import type CountersModuleService from "../../modules/counters/service"

/** The counters every instance shares (rate limits, lockouts, single-use claims). */
export const counters = (req: MedusaRequest): CountersModuleService => req.scope.resolve(COUNTERS_MODULE)

/** The client's address (X-Forwarded-For only from trusted proxies, TRUSTED_PROXIES) and agent. */
export function requestContext(req: MedusaRequest) {
  const ip = clientAddress(req) ?? req.socket?.remoteAddress ?? null
  return { ip, user_agent: (req.headers["user-agent"] as string | undefined) ?? null }
}

export const TOO_MANY_REQUESTS = "too_many_requests"

/**
 * A limit was hit: the error handler answers 429 with Retry-After and
 * `{ type: "too_many_requests", message, retry_after }`.
 */
export class TooManyRequestsError extends MedusaError {
  readonly retry_after: number

  constructor(retryAfter: number, message: string) {
    super(TOO_MANY_REQUESTS, message)
    this.retry_after = Math.max(1, retryAfter)
  }
}

export const inMinutes = (seconds: number) =>
  seconds < 90 ? `${Math.max(1, seconds)} seconds` : `${Math.ceil(seconds / 60)} minutes`

/**
 * Rate limit for a group of routes: `max` requests per window per client
 * address, counted in the counters module (shared by every instance through
 * Redis). The limits are the auth
 * routes' (account module options) unless `limitsOf` reads others. Over the
 * limit it throws a TooManyRequestsError (429).
 */
export function rateLimit(
  bucket: string,
  what: string,
  limitsOf?: (req: MedusaRequest) => { max: number; windowSeconds: number }
) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const limits = limitsOf?.(req) ?? req.scope.resolve<AccountModuleService>(ACCOUNT_MODULE).rateLimit
    const { ip } = requestContext(req)
    const result = await counters(req).hitRateLimit(bucket, ip ?? "unknown", limits)
    if (!result.allowed) {
      throw new TooManyRequestsError(result.retry_after, `Too many ${what} from your network. Try again in ${inMinutes(result.retry_after)}.`)
    }
    next()
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
