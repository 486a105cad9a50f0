import {
  getAuthContextFromJwtToken,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { passwordProblem } from "../../lib/password-policy"
import { StoreDisableFactor } from "../store/account/validators"
import { ACCOUNT_MODULE } from "../../modules/account"
import type AccountModuleService from "../../modules/account/service"
import {
  customerForIdentity,
  disableSecondFactorWorkflow,
  identityForEmail,
  loginLockKey,
  markEmailVerifiedWorkflow,
  normalizeEmail,
  recordFactorChangeWorkflow,
  recordPasswordResetWorkflow,
  requestPasswordResetWorkflow,
  sendMfaCodeWorkflow,
} from "../../workflows/account"
import { type Answer, counters, inMinutes, interceptAnswer, rateLimit, requestContext, sleep, tooManyRequests } from "../utils/security"

type Req = MedusaRequest & { auth_context?: { actor_type: string; actor_id: string; auth_identity_id: string } }

const accounts = (req: MedusaRequest): AccountModuleService => req.scope.resolve(ACCOUNT_MODULE)
const httpConfig = (req: MedusaRequest) => req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
const isCustomer = (req: Req) => req.auth_context?.actor_type === "customer"

const INVALID_LOGIN = { type: "unauthorized", message: "Invalid email or password" }
const SUSPENDED = { type: "not_allowed", message: "This account is suspended. Contact support." }
/** failed sign-ins answer no sooner than this, known email or not */
const FAILED_LOGIN_FLOOR_MS = 400

/** The verified payload of the request's bearer token for an actor type, or null. */
function bearerToken(req: MedusaRequest, actorType: string) {
  const http = httpConfig(req)
  return getAuthContextFromJwtToken(
    req.headers.authorization,
    http.jwtSecret as string,
    ["bearer"],
    [actorType],
    http.jwtPublicKey as string | undefined,
    (http.jwtVerifyOptions ?? http.jwtOptions) as never
  )
}

/**
 * Reads the caller's token or session when Medusa's own authenticate has
 * not run yet for this route (the order of same-path middlewares is not
 * something to rely on).
 */
async function withAuthContext(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.auth_context) {
    const session = (req as unknown as { session?: { auth_context?: Req["auth_context"] } }).session
    const context = session?.auth_context ?? (bearerToken(req, "*") as Req["auth_context"] | null)
    if (context) {
      req.auth_context = context
    }
  }
  next()
}

/** The customer's profile status behind an identity ("active" when there is no customer yet). */
async function statusOfIdentity(req: MedusaRequest, authIdentityId: string) {
  const { customer_id } = await customerForIdentity(req.scope, authIdentityId)
  if (!customer_id) {
    return { customer_id: null, status: "active" }
  }
  const [profile] = await accounts(req).listAccountProfiles({ customer_id }, { select: ["status"] })
  return { customer_id, status: profile?.status ?? "active" }
}

/**
 * POST /auth/customer/emailpass — Medusa's login, wrapped: rate limit per
 * address, lockout per account (any email string, so unknown ones look the
 * same), suspended accounts refused after a right password, every attempt
 * recorded, failures answered alike and no faster than a floor.
 */
async function guardLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const ctx = requestContext(req)
  const body = (req.body ?? {}) as Record<string, unknown>
  const email = typeof body.email === "string" ? normalizeEmail(body.email) : ""
  if (email) {
    body.email = email
  }
  const limit = await counters(req).hitRateLimit("login", ctx.ip ?? "unknown", accounts(req).rateLimit)
  if (!limit.allowed) {
    return tooManyRequests(res, limit.retry_after, `Too many sign-in attempts from your network. Try again in ${inMinutes(limit.retry_after)}.`)
  }
  const locked = email ? await counters(req).lockedFor(loginLockKey(email)) : 0
  if (locked > 0) {
    return tooManyRequests(res, locked, `Too many failed sign-ins for this account. Try again in ${inMinutes(locked)} or reset your password.`)
  }
  const started = Date.now()
  interceptAnswer(res, async (answer): Promise<Answer> => {
    const result = answer.body as { token?: string; mfa_required?: boolean; verification_required?: boolean }
    if (answer.status === 200 && result?.token) {
      const identity = await identityForEmail(req.scope, email)
      const { customer_id, status } = identity ? await statusOfIdentity(req, identity.auth_identity_id) : { customer_id: null, status: "active" }
      if (status !== "active") {
        await accounts(req).recordSecurityEvent({ type: "login_refused", customer_id, auth_identity_id: identity?.auth_identity_id, ...ctx, data: { status } })
        return status === "suspended" ? { status: 403, body: SUSPENDED } : { status: 401, body: INVALID_LOGIN }
      }
      await counters(req).clearFailures(loginLockKey(email))
      const type = result.verification_required ? "login_unverified" : result.mfa_required ? "login_challenged" : "login_succeeded"
      await accounts(req).recordSecurityEvent({ type, customer_id, auth_identity_id: identity?.auth_identity_id, ...ctx })
      if (result.verification_required) {
        const verification = (result as { verification?: Record<string, unknown> }).verification
        return {
          status: 200,
          body: {
            ...result,
            // the record's code state (hash, tries) stays on the server
            verification: verification
              ? { id: verification.id, entity_type: verification.entity_type, verified_at: verification.verified_at, requested_at: verification.requested_at }
              : undefined,
            message:
              "Confirm your email address first: enter the 6-digit code we emailed you, or ask for a new one (POST /store/account/verify-email/resend).",
          },
        }
      }
      return answer
    }
    if (answer.status === 401 || answer.status === 400) {
      const failure = email ? await counters(req).recordFailure(loginLockKey(email), accounts(req).lockout) : { failures: 0, locked_for: 0 }
      const identity = email ? await identityForEmail(req.scope, email) : null
      if (identity) {
        await accounts(req).recordSecurityEvent({
          type: failure.locked_for ? "login_locked" : "login_failed",
          customer_id: identity.customer_id,
          auth_identity_id: identity.auth_identity_id,
          ...ctx,
          data: { failures: failure.failures, locked_for: failure.locked_for || undefined },
        })
      }
      await sleep(Math.max(0, FAILED_LOGIN_FLOOR_MS - (Date.now() - started)))
      return { status: 401, body: INVALID_LOGIN }
    }
    return answer
  })
  next()
}

/** Medusa's raw register route would tell who has an account: customers register through /store/account/register. */
function closedRegister(_req: MedusaRequest, res: MedusaResponse) {
  res.status(403).json({ type: "not_allowed", message: "Register with POST /store/account/register." })
}

/** Refuses tokens of suspended or deleted customers on the token routes. */
async function refuseInactive(req: Req, res: MedusaResponse, next: MedusaNextFunction) {
  if (isCustomer(req) && req.auth_context?.auth_identity_id) {
    const { status } = await statusOfIdentity(req, req.auth_context.auth_identity_id).catch(() => ({ status: "deleted" }))
    if (status !== "active") {
      return res.status(401).json(status === "suspended" ? { ...SUSPENDED, type: "unauthorized" } : { type: "unauthorized", message: "Unauthorized" })
    }
  }
  next()
}

/** Factor management needs a finished sign-in (a customer token, not a first-step one). */
function requireSignedIn(req: Req, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.auth_context?.actor_type === "customer" && !req.auth_context.actor_id) {
    return res.status(401).json({ type: "unauthorized", message: "Finish signing in first." })
  }
  next()
}

/**
 * POST /auth/mfa/challenges/:id/verify — a TOTP code is accepted once, a
 * suspended customer gets no token, recovery codes are counted down.
 */
async function guardChallenge(req: Req, res: MedusaResponse, next: MedusaNextFunction) {
  const { method, code } = (req.body ?? {}) as { method?: string; code?: string }
  const identityId = req.auth_context?.auth_identity_id
  if (!identityId || !isCustomer(req)) {
    return next()
  }
  const claim = `totp:${identityId}:${code}`
  if (method === "totp" && !(await counters(req).claimOnce(claim, 120))) {
    return res.status(400).json({ type: "not_allowed", message: "That code was already used. Wait for the next one." })
  }
  const ctx = requestContext(req)
  interceptAnswer(res, async (answer) => {
    const { customer_id, status } = await statusOfIdentity(req, identityId)
    if (answer.status !== 200) {
      if (method === "totp") {
        await counters(req).releaseClaim(claim)
      }
      await accounts(req).recordSecurityEvent({ type: "code_failed", customer_id, auth_identity_id: identityId, ...ctx, data: { purpose: "second_factor", method } })
      return answer
    }
    if (status !== "active") {
      return status === "suspended" ? { status: 403, body: SUSPENDED } : { status: 401, body: INVALID_LOGIN }
    }
    await accounts(req).recordSecurityEvent({ type: "login_succeeded", customer_id, auth_identity_id: identityId, ...ctx, data: { second_factor: method } })
    if (method === "recovery_code" && customer_id) {
      const [profile] = await accounts(req).listAccountProfiles({ customer_id })
      await recordFactorChangeWorkflow(req.scope).run({
        input: {
          customer_id,
          auth_identity_id: identityId,
          type: "recovery_code_used",
          method,
          recovery_codes_remaining: (profile?.recovery_codes_remaining ?? 1) - 1,
          ...ctx,
        },
      })
    }
    return answer
  })
  next()
}

/** POST /auth/mfa/factors — email/SMS codes need a verified phone (SMS) and get their set-up code sent. */
async function guardStartFactor(req: Req, res: MedusaResponse, next: MedusaNextFunction) {
  const provider = (req.body as { provider?: string })?.provider
  if (!isCustomer(req)) {
    return next()
  }
  if (provider === "totp") {
    // an abandoned set-up (QR shown, never confirmed) must not block a new one
    const auth = req.scope.resolve(Modules.AUTH)
    const pending = await auth.listAuthMfa({ auth_identity_id: req.auth_context!.auth_identity_id, provider: "totp", status: "pending" } as never)
    for (const factor of pending) {
      await auth.disableAuthMfa({ id: factor.id } as never)
    }
    return next()
  }
  if (provider !== "email_otp" && provider !== "sms_otp") {
    return next()
  }
  const { customer_id } = await statusOfIdentity(req, req.auth_context!.auth_identity_id)
  if (provider === "sms_otp") {
    const [profile] = customer_id ? await accounts(req).listAccountProfiles({ customer_id }) : []
    if (!profile?.phone_verified_at) {
      return res.status(400).json({ type: "invalid_data", message: "Verify a phone number before turning on SMS codes." })
    }
  }
  interceptAnswer(res, async (answer) => {
    if (answer.status !== 200) {
      return answer
    }
    const { result } = await sendMfaCodeWorkflow(req.scope).run({
      input: { auth_identity_id: req.auth_context!.auth_identity_id, method: provider, ...requestContext(req) },
    })
    return { status: 200, body: { ...(answer.body as object), sent_to: result.sent_to } }
  })
  next()
}

/** POST /auth/mfa/factors/:id/verify — a factor turned on is recorded and emailed. */
async function guardVerifyFactor(req: Req, res: MedusaResponse, next: MedusaNextFunction) {
  if (!isCustomer(req)) {
    return next()
  }
  const code = (req.body as { code?: string })?.code
  const identityId = req.auth_context!.auth_identity_id
  const claim = `totp:${identityId}:${code}`
  if (!(await counters(req).claimOnce(claim, 120))) {
    return res.status(400).json({ type: "not_allowed", message: "That code was already used. Wait for the next one." })
  }
  interceptAnswer(res, async (answer) => {
    const factor = (answer.body as { mfa_factor?: { provider: string; status: string } })?.mfa_factor
    if (answer.status !== 200 || !factor) {
      await counters(req).releaseClaim(claim)
      return answer
    }
    const { customer_id } = await statusOfIdentity(req, identityId)
    if (customer_id && factor.status === "enabled") {
      await recordFactorChangeWorkflow(req.scope).run({
        input: { customer_id, auth_identity_id: identityId, type: "mfa_enabled", method: factor.provider, ...requestContext(req) },
      })
    }
    return answer
  })
  next()
}

/** POST /auth/mfa/recovery-codes — new codes are counted, recorded and emailed. */
async function guardRecoveryCodes(req: Req, res: MedusaResponse, next: MedusaNextFunction) {
  if (!isCustomer(req)) {
    return next()
  }
  interceptAnswer(res, async (answer) => {
    const codes = (answer.body as { recovery_codes?: string[] })?.recovery_codes
    if (answer.status !== 200 || !codes) {
      return answer
    }
    const { customer_id } = await statusOfIdentity(req, req.auth_context!.auth_identity_id)
    if (customer_id) {
      await recordFactorChangeWorkflow(req.scope).run({
        input: {
          customer_id,
          auth_identity_id: req.auth_context!.auth_identity_id,
          type: "recovery_codes_generated",
          recovery_codes_remaining: codes.length,
          ...requestContext(req),
        },
      })
    }
    return answer
  })
  next()
}

/**
 * DELETE /auth/mfa/factors/:id — for customers: password + a current code,
 * like the Security page. The factor must be the caller's (404 otherwise,
 * whatever the password or code: the workflow checks ownership first).
 */
async function guardDisableFactor(req: Req, res: MedusaResponse, next: MedusaNextFunction) {
  if (!isCustomer(req)) {
    return next()
  }
  const parsed = StoreDisableFactor.safeParse(req.body ?? {})
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Turning a factor off needs your password, a method and a current code.")
  }
  const identityId = req.auth_context!.auth_identity_id
  const { customer_id, email } = await customerForIdentity(req.scope, identityId)
  if (!customer_id || !email) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `MFA factor with id: ${req.params.id} was not found`)
  }
  const { result } = await disableSecondFactorWorkflow(req.scope).run({
    input: { customer_id, email, auth_identity_id: identityId, factor_id: req.params.id, ...parsed.data, ...requestContext(req) },
  })
  res.json({ disabled: result.disabled })
}

/**
 * Medusa validates DELETE /auth/mfa/factors/:id strictly ({ method, code })
 * ahead of every method-bound project middleware, so a customer's password
 * never got past it. Registered without a method, these run before Medusa's
 * own middlewares for the route (only for DELETE of the factor itself) and
 * answer customers themselves; anyone else goes on to Medusa's route.
 */
const onFactorDelete =
  (middleware: (req: Req, res: MedusaResponse, next: MedusaNextFunction) => unknown) =>
  (req: Req, res: MedusaResponse, next: MedusaNextFunction) =>
    req.method === "DELETE" && (req.path === "/" || req.path === "") ? middleware(req, res, next) : next()

/**
 * POST /auth/user/emailpass — admin sign-in: ADMIN_LOGIN_RATE_LIMIT_MAX
 * attempts per window per client address. A successful sign-in clears the
 * address's count (a team signs in many times a day from one office), so
 * only guessing runs out.
 */
async function limitAdminLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const subject = requestContext(req).ip ?? "unknown"
  const limit = await counters(req).hitRateLimit("admin_login", subject, accounts(req).adminLoginRateLimit)
  if (!limit.allowed) {
    return tooManyRequests(res, limit.retry_after, `Too many sign-in attempts from your network. Try again in ${inMinutes(limit.retry_after)}.`)
  }
  res.on("finish", () => {
    if (res.statusCode === 200) {
      counters(req).resetRateLimit("admin_login", subject).catch(() => undefined)
    }
  })
  next()
}

/**
 * POST /auth/customer/emailpass/reset-password — Medusa's reset flow with a
 * one-hour link, rate limited, always 201.
 */
async function requestReset(req: MedusaRequest, res: MedusaResponse) {
  const identifier = (req.body as { identifier?: unknown })?.identifier
  if (typeof identifier !== "string" || !identifier.trim()) {
    return res.status(400).json({ type: "invalid_data", message: "identifier (your email) is required" })
  }
  const started = Date.now()
  const http = httpConfig(req)
  const email = normalizeEmail(identifier)
  const identity = await identityForEmail(req.scope, email)
  if (identity) {
    await requestPasswordResetWorkflow(req.scope).run({
      input: { email, actor_type: "customer", secret: http.jwtSecret as string, jwt_options: http.jwtOptions as Record<string, unknown> },
    })
    await accounts(req).recordSecurityEvent({
      type: "password_reset_requested",
      customer_id: identity.customer_id,
      auth_identity_id: identity.auth_identity_id,
      ...requestContext(req),
    })
  }
  await sleep(Math.max(0, 500 - (Date.now() - started)))
  res.sendStatus(201)
}

/**
 * POST /auth/customer/emailpass/update — runs before Medusa spends the
 * single-use token, so a weak password doesn't burn the link; success is
 * recorded, emailed and unlocks the account.
 */
async function guardPasswordUpdate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const token = bearerToken(req, "customer") as { entity_id?: string } | null
  const password = (req.body as { password?: unknown })?.password
  const problem = passwordProblem(typeof password === "string" ? password : "", token?.entity_id)
  if (problem) {
    return res.status(400).json({ type: "invalid_data", message: problem })
  }
  interceptAnswer(res, async (answer) => {
    if (answer.status === 401) {
      return { status: 401, body: { type: "unauthorized", message: "This reset link was already used or has expired. Ask for a new one." } }
    }
    if (answer.status === 200 && token?.entity_id) {
      await counters(req).clearFailures(loginLockKey(token.entity_id))
      const identity = await identityForEmail(req.scope, token.entity_id)
      if (identity?.customer_id) {
        await recordPasswordResetWorkflow(req.scope).run({ input: { customer_id: identity.customer_id, ...requestContext(req) } })
      }
    }
    return answer
  })
  next()
}

/** Medusa's own verification confirm: a confirmed email code updates the profile like ours does. */
async function afterVerificationConfirm(req: Req, res: MedusaResponse, next: MedusaNextFunction) {
  interceptAnswer(res, async (answer) => {
    const confirmed = answer.body as { entity_type?: string; verified_at?: string }
    const identityId = req.auth_context?.auth_identity_id
    if (answer.status === 200 && confirmed?.entity_type === "email" && confirmed.verified_at && identityId) {
      const { customer_id } = await customerForIdentity(req.scope, identityId)
      if (customer_id) {
        await markEmailVerifiedWorkflow(req.scope).run({
          input: { customer_id, auth_identity_id: identityId, verified_at: new Date(confirmed.verified_at), via: "email_code", ...requestContext(req) },
        })
      }
    }
    return answer
  })
  next()
}

export const authSecurityMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/customer/emailpass", middlewares: [guardLogin] },
  { method: ["POST"], matcher: "/auth/customer/emailpass/register", middlewares: [closedRegister] },
  { method: ["POST"], matcher: "/auth/customer/emailpass/reset-password", middlewares: [rateLimit("reset", "password reset requests"), requestReset] },
  { method: ["POST"], matcher: "/auth/customer/emailpass/update", middlewares: [rateLimit("reset", "password reset attempts"), guardPasswordUpdate] },
  { method: ["POST"], matcher: "/auth/token/refresh", middlewares: [withAuthContext, refuseInactive] },
  { method: ["POST"], matcher: "/auth/session", middlewares: [withAuthContext, refuseInactive] },
  { method: ["POST"], matcher: "/auth/mfa/challenges/:id/verify", middlewares: [withAuthContext, rateLimit("verify", "code attempts"), guardChallenge] },
  { method: ["POST"], matcher: "/auth/mfa/factors", middlewares: [withAuthContext, requireSignedIn, refuseInactive, guardStartFactor] },
  { method: ["POST"], matcher: "/auth/mfa/factors/:id/verify", middlewares: [withAuthContext, requireSignedIn, refuseInactive, guardVerifyFactor] },
  { method: ["POST"], matcher: "/auth/mfa/recovery-codes", middlewares: [withAuthContext, requireSignedIn, refuseInactive, guardRecoveryCodes] },
  {
    matcher: "/auth/mfa/factors/:id",
    middlewares: [withAuthContext, requireSignedIn, refuseInactive, rateLimit("verify", "code attempts"), guardDisableFactor].map(onFactorDelete),
  },
  { method: ["POST"], matcher: "/auth/user/emailpass", middlewares: [limitAdminLogin] },
  { method: ["POST"], matcher: "/auth/verification/confirm", middlewares: [withAuthContext, rateLimit("verify", "code attempts"), afterVerificationConfirm] },
]
