/** PayPal REST over fetch: OAuth2 client-credentials token (cached until shortly before it expires). */

export type PayPalLink = { rel: string; href: string; method?: string }
export type PayPalAmount = { currency_code: string; value: string }
export type PayPalCapture = {
  id: string
  status: string
  amount?: PayPalAmount
  custom_id?: string
  supplementary_data?: { related_ids?: { order_id?: string; authorization_id?: string } }
}
export type PayPalAuthorization = PayPalCapture & { expiration_time?: string }
export type PayPalOrder = {
  id: string
  status: string
  intent?: string
  links?: PayPalLink[]
  purchase_units?: Array<{
    reference_id?: string
    custom_id?: string
    amount?: PayPalAmount
    payments?: { captures?: PayPalCapture[]; authorizations?: PayPalAuthorization[] }
  }>
}
export type PayPalRefund = { id: string; status: string; amount?: PayPalAmount }

/** An answer from PayPal other than 2xx: `name` and the first detail's `issue` say why. */
export class PayPalApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, any> | null,
    what: string
  ) {
    const issue = body?.details?.[0]?.issue
    super(`PayPal ${what} failed (${status}${body?.name ? ` ${body.name}` : ""}${issue ? `: ${issue}` : ""})`)
  }

  get issue(): string | undefined {
    return this.body?.details?.[0]?.issue
  }
}

export class PayPalClient {
  private token_: { value: string; expiresAt: number } | null = null

  constructor(
    private readonly options: { clientId: string; clientSecret: string; apiBase: string },
    private readonly now: () => number = Date.now
  ) {}

  private url(path: string) {
    return `${this.options.apiBase.replace(/\/$/, "")}${path}`
  }

  async accessToken(): Promise<string> {
    if (this.token_ && this.token_.expiresAt > this.now()) {
      return this.token_.value
    }
    const basic = Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString("base64")
    const res = await fetch(this.url("/v1/oauth2/token"), {
      method: "POST",
      headers: {
        authorization: `Basic ${basic}`,
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
      },
      body: "grant_type=client_credentials",
    })
    const body = (await res.json().catch(() => null)) as Record<string, any> | null
    if (!res.ok || !body?.access_token) {
      throw new PayPalApiError(res.status, body, "OAuth token request")
    }
    // renew a minute early so a request never leaves with a token that expires on the way
    const lifetimeMs = Math.max(0, Number(body.expires_in ?? 0) - 60) * 1000
    this.token_ = { value: body.access_token, expiresAt: this.now() + lifetimeMs }
    return body.access_token
  }

  /** One authenticated call; a 401 (token revoked early) is retried once with a fresh token. */
  async request<T>(
    method: "GET" | "POST" | "PATCH",
    path: string,
    what: string,
    options: { body?: unknown; rawBody?: string; requestId?: string } = {},
    retried = false
  ): Promise<T> {
    const token = await this.accessToken()
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: "application/json",
      prefer: "return=representation",
    }
    if (options.requestId) {
      headers["paypal-request-id"] = options.requestId
    }
    let body: string | undefined
    if (options.rawBody !== undefined) {
      body = options.rawBody
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body)
    }
    if (body !== undefined) {
      headers["content-type"] = "application/json"
    }
    const res = await fetch(this.url(path), { method, headers, body })
    if (res.status === 401 && !retried) {
      this.token_ = null
      return this.request<T>(method, path, what, options, true)
    }
    const text = await res.text()
    let parsed: Record<string, any> | null = null
    try {
      parsed = text ? (JSON.parse(text) as Record<string, any>) : null
    } catch {
      parsed = null
    }
    if (!res.ok) {
      throw new PayPalApiError(res.status, parsed, what)
    }
    return (parsed ?? {}) as T
  }
}
