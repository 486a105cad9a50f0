import { getAuthContextFromJwtToken, type MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const READ_ONLY_MESSAGE = "Read-only: you are viewing as this customer"
export const SESSION_ENDED_MESSAGE = "This view-as-customer session has ended. Start a new one from the admin."

type Claims = { actor_id?: string; actor_type?: string; impersonation_session_id?: string; impersonator_id?: string }

/** The payload of a bearer JWT, unverified (only to notice an impersonation claim). */
function unverifiedPayload(authorization: string | undefined): Claims | null {
  const token = /^bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1]
  const payload = token?.split(".")[1]
  if (!payload) {
    return null
  }
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Claims
  } catch {
    return null
  }
}

export type ImpersonationClaim = {
  session_id: string
  /** signed by us and not expired */
  valid: boolean
  /** signed by us (expired or not): worth logging against its session */
  genuine: boolean
  customer_id?: string
}

/**
 * The impersonation session a request speaks for: from the auth context
 * Medusa already verified (bearer or session), else from the bearer token,
 * checked here — an expired token still names its session (to refuse and
 * log it), a forged one is refused without touching any session.
 */
export function impersonationClaim(req: MedusaRequest): ImpersonationClaim | null {
  const context = (req as MedusaRequest & { auth_context?: Claims }).auth_context
  if (context?.impersonation_session_id) {
    return { session_id: context.impersonation_session_id, valid: true, genuine: true, customer_id: context.actor_id }
  }
  const claimed = unverifiedPayload(req.headers.authorization)
  if (typeof claimed?.impersonation_session_id !== "string") {
    return null
  }
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const verify = (options: Record<string, unknown>) =>
    getAuthContextFromJwtToken(
      req.headers.authorization,
      http.jwtSecret as string,
      ["bearer"],
      ["customer"],
      http.jwtPublicKey as string | undefined,
      options
    ) as Claims | null
  const base = ((http.jwtVerifyOptions ?? http.jwtOptions) as Record<string, unknown> | undefined) ?? {}
  const valid = verify(base)
  if (valid?.impersonation_session_id === claimed.impersonation_session_id) {
    return { session_id: valid.impersonation_session_id, valid: true, genuine: true, customer_id: valid.actor_id }
  }
  const expired = verify({ ...base, ignoreExpiration: true })
  const genuine = expired?.impersonation_session_id === claimed.impersonation_session_id
  return { session_id: claimed.impersonation_session_id, valid: false, genuine, customer_id: genuine ? expired?.actor_id : undefined }
}
