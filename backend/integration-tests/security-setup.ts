import type { MedusaContainer } from "@medusajs/framework/types"
import {
  adminHeaders,
  PASSWORD,
  registerCustomer,
  seedStore,
  type StoreContext,
  totp,
  decodeJwt,
  serverClock,
} from "./helpers"

// the production limits: 5 requests per 15 minutes per address on each group of auth routes
Object.assign(process.env, { AUTH_RATE_LIMIT_MAX: "5", AUTH_RATE_LIMIT_WINDOW_SECONDS: "900" })

export let ip = 0
/** a fresh client address per scenario (the test client is a trusted proxy) */
export const fromNewAddress = () => ({ "x-forwarded-for": `198.51.100.${++ip}` })

export const decode = decodeJwt

export const clock = serverClock()
export const jumpMinutes = clock.jumpMinutes

/**
 * The shared set-up of the security specs (security.spec.ts, security-limits-admin.spec.ts): registers
 * their hooks in the calling test suite and hands back its helpers.
 */
export function setupSecuritySpec({ api, getContainer }: { api: any; getContainer: () => MedusaContainer }) {
  let ctx: StoreContext
  let admin: { headers: Record<string, string> }

  beforeAll(async () => {
    ctx = await seedStore(getContainer(), api)
  })

  beforeEach(async () => {
    clock.install()
    admin = await adminHeaders(api)
  })

  afterEach(() => {
    jest.restoreAllMocks()
  })

  const store = (extra: Record<string, string> = {}) => ({ headers: { ...ctx.storeHeaders.headers, ...extra } })
  const bearer = (token: string, extra: Record<string, string> = fromNewAddress()) => store({ authorization: `Bearer ${token}`, ...extra })
  const login = (email: string, password = PASSWORD, headers: Record<string, string> = fromNewAddress()) =>
    api.post("/auth/customer/emailpass", { email, password }, { headers })
  const security = async (token: string) => (await api.get("/store/account/security", bearer(token))).data.security
  /** the templates of the messages sent to an address, newest first (waiting for any still in flight) */
  const templates = async (email: string, expected: string[] = []) => {
    let found: string[] = []
    for (let i = 0; i < 30; i++) {
      const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(email)}&limit=50`, admin)
      found = data.notification_logs.map((l: any) => l.template)
      if (expected.every((t) => found.includes(t))) {
        break
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    return found
  }

  /** a verified shopper with TOTP on; answers the secret */
  async function withTotp() {
    const shopper = await registerCustomer(api, ctx)
    const { data: started } = await api.post(
      "/auth/mfa/factors",
      { provider: "totp", label: shopper.email, issuer: "CloudServices" },
      bearer(shopper.token)
    )
    expect(started.otpauth_url).toContain("otpauth://totp/")
    expect(started.mfa_factor.status).toBe("pending")
    const { data: verified } = await api.post(
      `/auth/mfa/factors/${started.mfa_factor.id}/verify`,
      { code: totp(started.secret) },
      bearer(shopper.token)
    )
    expect(verified.mfa_factor.status).toBe("enabled")
    jumpMinutes(0.5) // the set-up code is spent: the next sign-in uses the next 30 s step
    return { ...shopper, secret: started.secret as string, factor_id: started.mfa_factor.id as string }
  }

  return {
    store, bearer, login, security, templates, withTotp,
    /** the values the hooks above set, read after they ran */
    state: () => ({ ctx, admin }),
  }
}
