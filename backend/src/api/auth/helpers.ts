import { getAuthContextFromJwtToken, type MedusaRequest } from "@medusajs/framework/http"
import type { AuthenticationInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { generateJwtTokenForAuthIdentity, generateJwtTokenWithChecks } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"

export type AuthContext = {
  actor_type: string
  actor_id: string
  auth_identity_id: string
  auth_provider?: string
  mfa_enabled?: boolean
  mfa_challenge_completed_at?: string | null
}
export type AuthReq<Body = unknown> = MedusaRequest<Body> & { auth_context?: AuthContext }

export const INVALID_LOGIN = "Invalid email or password"
export const SUSPENDED = "This account is suspended. Contact support."

export const httpConfig = (req: MedusaRequest) => req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
export const isCustomer = (req: AuthReq) => req.auth_context?.actor_type === "customer"

/** The verified payload of the request's bearer token for an actor type, or null. */
export function bearerToken(req: MedusaRequest, actorType: string) {
  const http = httpConfig(req)
  return getAuthContextFromJwtToken(
    req.headers.authorization,
    http.jwtSecret as string,
    ["bearer"],
    [actorType],
    http.jwtPublicKey as string | undefined,
    http.jwtVerifyOptions ?? http.jwtOptions
  )
}

/** Medusa's email + password check (the auth module's provider), as its own sign-in route runs it. */
export async function authenticatePassword(req: MedusaRequest, actorType: string, body: Record<string, unknown>) {
  // Medusa's own sign-in route passes actor_type as well, though AuthenticationInput does not list it
  const input: AuthenticationInput & { actor_type: string } = {
    actor_type: actorType,
    url: req.url,
    headers: req.headers as Record<string, string>,
    query: req.query as Record<string, string>,
    body: body as Record<string, string>,
    protocol: req.protocol,
  }
  return await req.scope.resolve(Modules.AUTH).authenticate("emailpass", input)
}

/** Medusa's answer to a right password: a token, or a first-step token with the verification or MFA challenge still due. */
export async function signInAnswer(
  req: MedusaRequest,
  actorType: string,
  result: Awaited<ReturnType<typeof authenticatePassword>>
) {
  return await generateJwtTokenWithChecks(req.scope, {
    authIdentity: result.authIdentity!,
    mfaChallenge: result.mfaChallenge,
    actorType,
    authProvider: "emailpass",
  })
}

/** The token after a completed MFA challenge, as Medusa's challenge route issues it. */
export async function challengeToken(req: AuthReq, challenge: { auth_identity_id: string; auth_provider: string | null; completed_at: Date | string | null }) {
  const auth = req.scope.resolve(Modules.AUTH)
  const authIdentity = await auth.retrieveAuthIdentity(challenge.auth_identity_id, { relations: ["provider_identities"] })
  if (challenge.auth_provider && !authIdentity.provider_identities?.some((identity) => identity.provider === challenge.auth_provider)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Auth identity does not have a provider identity for "${challenge.auth_provider}"`)
  }
  const http = httpConfig(req)
  return await generateJwtTokenForAuthIdentity(
    {
      authIdentity,
      actorType: req.auth_context!.actor_type,
      authProvider: req.auth_context!.auth_provider ?? challenge.auth_provider ?? undefined,
      container: req.scope,
      mfaEnabled: true,
      mfaChallengeCompletedAt: challenge.completed_at,
    },
    { secret: http.jwtSecret as string, expiresIn: http.jwtExpiresIn, options: http.jwtOptions }
  )
}

/** A refused account after a right password or code: suspended is told, deleted looks like a wrong password. */
export function refuseAccount(status: string) {
  if (status === "suspended") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, SUSPENDED)
  }
  if (status !== "active") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, INVALID_LOGIN)
  }
}
