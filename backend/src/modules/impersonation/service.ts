import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import ImpersonationEvent from "./models/impersonation-event"
import ImpersonationSession from "./models/impersonation-session"

/** The longest a "view as customer" session (and its token) may last. */
export const MAX_SESSION_MINUTES = 30

export type ImpersonationModuleOptions = {
  /** how long a session's token is valid, 1–30 minutes (default 30) */
  sessionMinutes?: number
  /** the storefront's public URL: where the view opens */
  storefrontUrl?: string
}

export type RecordRequestInput = {
  kind?: "request" | "page_view"
  method: string
  path: string
  status_code: number
  at: Date
}

type SessionState = {
  id: string
  customer_id: string
  status: "active" | "ended" | "expired"
  expires_at: Date | string
}

class ImpersonationModuleService extends MedusaService({
  ImpersonationSession,
  ImpersonationEvent,
}) {
  readonly sessionMinutes: number
  readonly storefrontUrl: string

  constructor(container: Record<string, unknown>, options: ImpersonationModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const minutes = options.sessionMinutes ?? MAX_SESSION_MINUTES
    if (!Number.isFinite(minutes) || minutes < 1 || minutes > MAX_SESSION_MINUTES) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        `impersonation: sessionMinutes must be between 1 and ${MAX_SESSION_MINUTES} (got ${options.sessionMinutes})`
      )
    }
    this.sessionMinutes = minutes
    this.storefrontUrl = (options.storefrontUrl || "http://localhost:8000").replace(/\/+$/, "")
  }

  /** When a session started at `startedAt` stops working. */
  expiryFor(startedAt: Date | string) {
    return new Date(new Date(startedAt).getTime() + this.sessionMinutes * 60_000)
  }

  /** The storefront link that stores the token and opens the customer's account. */
  storefrontLink(token: string) {
    return `${this.storefrontUrl}/impersonate?token=${encodeURIComponent(token)}`
  }

  /**
   * Whether a session's token may still be used at `asOf`: active and not
   * past its expiry. Read from the database every time, so ending a session
   * revokes its token at once on every instance.
   */
  async usableSession(id: string, asOf: Date) {
    const [session] = (await this.listImpersonationSessions(
      { id },
      { select: ["id", "customer_id", "status", "expires_at"] }
    )) as SessionState[]
    if (!session) {
      return { session: null, usable: false, lapsed: false }
    }
    const lapsed = session.status === "active" && new Date(session.expires_at).getTime() <= asOf.getTime()
    return { session, usable: session.status === "active" && !lapsed, lapsed }
  }

  /** Appends one store request (or storefront page view) to a session's timeline. */
  async recordRequest(sessionId: string, input: RecordRequestInput) {
    return await this.createImpersonationEvents({
      session_id: sessionId,
      kind: input.kind ?? "request",
      method: input.method,
      path: input.path.slice(0, 2000),
      status_code: input.status_code,
      at: input.at,
    })
  }
}

export default ImpersonationModuleService
