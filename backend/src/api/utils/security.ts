import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientAddress } from "../../lib/client-address"
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

export function tooManyRequests(res: MedusaResponse, retryAfter: number, message: string) {
  res.setHeader("Retry-After", String(Math.max(1, retryAfter)))
  res.status(429).json({ type: "too_many_requests", message, retry_after: Math.max(1, retryAfter) })
}

export const inMinutes = (seconds: number) =>
  seconds < 90 ? `${Math.max(1, seconds)} seconds` : `${Math.ceil(seconds / 60)} minutes`

/**
 * Rate limit for a group of routes: `max` requests per window per client
 * address, counted in the counters module (shared by every instance through
 * Redis). The limits are the auth routes' (account module options) unless
 * `limitsOf` reads others.
 */
export function rateLimit(
  bucket: string,
  what: string,
  limitsOf?: (req: MedusaRequest) => { max: number; windowSeconds: number }
) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const limits = limitsOf?.(req) ?? req.scope.resolve<AccountModuleService>(ACCOUNT_MODULE).rateLimit
    const { ip } = requestContext(req)
    const result = await counters(req).hitRateLimit(bucket, ip ?? "unknown", limits)
    if (!result.allowed) {
      return tooManyRequests(res, result.retry_after, `Too many ${what} from your network. Try again in ${inMinutes(result.retry_after)}.`)
    }
    next()
  }
}

export type Answer = { status: number; body: unknown }

/**
 * Lets a middleware see (and change) the answer of the route it wraps:
 * `hook` gets the status and body the route (or the error handler) sends.
 */
export function interceptAnswer(res: MedusaResponse, hook: (answer: Answer) => Promise<Answer>) {
  const send = res.json.bind(res)
  let seen = false
  res.json = ((body: unknown) => {
    if (seen) {
      return send(body)
    }
    seen = true
    hook({ status: res.statusCode, body })
      .then((answer) => {
        res.status(answer.status)
        send(answer.body)
      })
      .catch(() => {
        res.status(500)
        send({ type: "unknown_error", message: "An unknown error occurred." })
      })
    return res
  }) as MedusaResponse["json"]
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
