import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { passwordProblem } from "../../lib/password-policy"
import { ACCOUNT_MODULE } from "../../modules/account"
import type AccountModuleService from "../../modules/account/service"
import { customerForIdentity, loginLockKey } from "../../workflows/account"
import { StoreDisableFactor } from "../store/account/validators"
import { counters, inMinutes, rateLimit, requestContext, TooManyRequestsError } from "../utils/security"
import { type AuthContext, type AuthReq, bearerToken, isCustomer, SUSPENDED } from "./helpers"

/**
 * Guards of the auth routes: they read and refuse (a MedusaError, or a
 * TooManyRequestsError for limits); the store's own routes under
 * `src/api/auth/` do the work through workflows.
 */

const accounts = (req: MedusaRequest): AccountModuleService => req.scope.resolve(ACCOUNT_MODULE)

/**
 * Reads the caller's token or session when Medusa's own authenticate has
 * not run yet for this route (the order of same-path middlewares is not
 * something to rely on).
 */
function withAuthContext(req: AuthReq, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.auth_context) {
    const session: { auth_context?: AuthContext } | undefined = req.session
    const context = session?.auth_context ?? (bearerToken(req, "*") as AuthContext | null)
    if (context) {
      req.auth_context = context
    }
  }
  next()
}

/** The customer's profile status behind an identity ("active" while there is no customer yet). */
async function statusOfIdentity(req: MedusaRequest, authIdentityId: string) {
  const { customer_id } = await customerForIdentity(req.scope, authIdentityId)
  if (!customer_id) {
    return { customer_id: null, status: "active" }
  }
  const [profile] = await accounts(req).listAccountProfiles({ customer_id }, { select: ["status", "phone_verified_at"] })
  return { customer_id, status: profile?.status ?? "active", phone_verified_at: profile?.phone_verified_at ?? null }
}

/** Refuses tokens of suspended or deleted customers on the token routes. */
async function refuseInactive(req: AuthReq, _res: MedusaResponse, next: MedusaNextFunction) {
  if (isCustomer(req) && req.auth_context?.auth_identity_id) {
    const { status } = await statusOfIdentity(req, req.auth_context.auth_identity_id).catch(() => ({ status: "deleted" }))
    if (status !== "active") {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, status === "suspended" ? SUSPENDED : "Unauthorized")
    }
  }
  next()
}

/** Factor management needs a finished sign-in (a customer token, not a first-step one). */
function requireSignedIn(req: AuthReq, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.auth_context?.actor_type === "customer" && !req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Finish signing in first.")
  }
  next()
}

/**
 * POST /auth/customer/emailpass — a limit per client address, then a lock
 * per account (any email string, so unknown ones look the same).
 */
async function limitSignIns(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const limit = await counters(req).hitRateLimit("login", requestContext(req).ip ?? "unknown", accounts(req).rateLimit)
  if (!limit.allowed) {
    throw new TooManyRequestsError(limit.retry_after, `Too many sign-in attempts from your network. Try again in ${inMinutes(limit.retry_after)}.`)
  }
  const email = (req.body as { email?: unknown } | undefined)?.email
  const locked = typeof email === "string" && email.trim() ? await counters(req).lockedFor(loginLockKey(email)) : 0
  if (locked > 0) {
    throw new TooManyRequestsError(locked, `Too many failed sign-ins for this account. Try again in ${inMinutes(locked)} or reset your password.`)
  }
  next()
}

/**
 * POST /auth/user/emailpass — admin sign-in: ADMIN_LOGIN_RATE_LIMIT_MAX
 * attempts per window per client address (a successful sign-in starts the
 * window again, see the route).
 */
async function limitAdminSignIns(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const limit = await counters(req).hitRateLimit("admin_login", requestContext(req).ip ?? "unknown", accounts(req).adminLoginRateLimit)
  if (!limit.allowed) {
    throw new TooManyRequestsError(limit.retry_after, `Too many sign-in attempts from your network. Try again in ${inMinutes(limit.retry_after)}.`)
  }
  next()
}

/**
 * POST /auth/customer/emailpass/update — runs before Medusa's token check
 * spends the single-use token, so a weak password doesn't burn the link.
 */
function checkNewPassword(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const token = bearerToken(req, "customer") as { entity_id?: string } | null
  const password = (req.body as { password?: unknown } | undefined)?.password
  const problem = passwordProblem(typeof password === "string" ? password : "", token?.entity_id)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
  next()
}

/** POST /auth/mfa/factors — SMS codes need a verified phone. */
async function requireVerifiedPhone(req: AuthReq, _res: MedusaResponse, next: MedusaNextFunction) {
  if (isCustomer(req) && (req.body as { provider?: unknown } | undefined)?.provider === "sms_otp") {
    const profile = await statusOfIdentity(req, req.auth_context!.auth_identity_id)
    if (!("phone_verified_at" in profile) || !profile.phone_verified_at) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Verify a phone number before turning on SMS codes.")
    }
  }
  next()
}

/**
 * DELETE /auth/mfa/factors/:id for customers: password + method + a current
 * code, like the Security page. Medusa validates this route's body strictly
 * ({ method, code }) before any route middleware of ours, so this guard
 * checks the customer's whole body first, keeps it in `res.locals` for the
 * route, and leaves Medusa's validator the part it knows.
 */
function validateFactorRemoval(req: AuthReq, res: MedusaResponse, next: MedusaNextFunction) {
  if (!isCustomer(req)) {
    return next()
  }
  const parsed = StoreDisableFactor.safeParse(req.body ?? {})
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Turning a factor off needs your password, a method and a current code.")
  }
  res.locals.factor_removal = parsed.data
  req.body = { method: parsed.data.method, code: parsed.data.code }
  next()
}

/**
 * Registered without a method, these run before Medusa's own middlewares
 * for the route — only for DELETE of the factor itself.
 */
const onFactorDelete =
  (middleware: (req: AuthReq, res: MedusaResponse, next: MedusaNextFunction) => unknown) =>
  (req: AuthReq, res: MedusaResponse, next: MedusaNextFunction) =>
    req.method === "DELETE" && (req.path === "/" || req.path === "") ? middleware(req, res, next) : next()

export const authSecurityMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/customer/emailpass", middlewares: [limitSignIns] },
  { method: ["POST"], matcher: "/auth/customer/emailpass/reset-password", middlewares: [rateLimit("reset", "password reset requests")] },
  { method: ["POST"], matcher: "/auth/customer/emailpass/update", middlewares: [rateLimit("reset", "password reset attempts"), checkNewPassword] },
  { method: ["POST"], matcher: "/auth/token/refresh", middlewares: [withAuthContext, refuseInactive] },
  { method: ["POST"], matcher: "/auth/session", middlewares: [withAuthContext, refuseInactive] },
  { method: ["POST"], matcher: "/auth/mfa/challenges/:id/verify", middlewares: [withAuthContext, rateLimit("verify", "code attempts")] },
  { method: ["POST"], matcher: "/auth/mfa/factors", middlewares: [withAuthContext, requireSignedIn, refuseInactive, requireVerifiedPhone] },
  { method: ["POST"], matcher: "/auth/mfa/factors/:id/verify", middlewares: [withAuthContext, requireSignedIn, refuseInactive] },
  { method: ["POST"], matcher: "/auth/mfa/recovery-codes", middlewares: [withAuthContext, requireSignedIn, refuseInactive] },
  {
    matcher: "/auth/mfa/factors/:id",
    middlewares: [withAuthContext, requireSignedIn, refuseInactive, rateLimit("verify", "code attempts"), validateFactorRemoval].map(onFactorDelete),
  },
  { method: ["POST"], matcher: "/auth/user/emailpass", middlewares: [limitAdminSignIns] },
  { method: ["POST"], matcher: "/auth/verification/confirm", middlewares: [withAuthContext, rateLimit("verify", "code attempts")] },
]
