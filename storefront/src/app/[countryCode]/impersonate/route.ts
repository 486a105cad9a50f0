import { NextResponse, type NextRequest } from "next/server"
import { backendRequest } from "@lib/config"
import { startImpersonation } from "@lib/data/impersonation-cookies"
import { safeCountryCode } from "@lib/util/country"

type Session = {
  id: string
  status: string
  started_at: string
  expires_at: string
  customer?: { email?: string | null; first_name?: string | null; last_name?: string | null } | null
}

/** Nothing about the link is cached or passed on (it carries a token). */
const PRIVATE = { "cache-control": "no-store", "referrer-policy": "no-referrer" }

function refused(message: string) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>View as customer</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0a1830">
<h1 style="font-size:1.25rem">This view-as-customer link no longer works</h1>
<p>${message}</p></body></html>`
  return new NextResponse(html, { status: 401, headers: { ...PRIVATE, "content-type": "text/html; charset=utf-8" } })
}

/**
 * Opens an admin's "view as customer" session: the backend confirms the
 * token (GET /store/impersonation), which is then kept in the customer
 * token cookie with a marker for the banner, and the customer's account
 * opens. The admin dashboard links here (`?token=`); a form may POST it.
 */
async function open(request: NextRequest, countryCode: string, token: string | null) {
  if (!token || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) {
    return refused("The link is incomplete. Start a new session from the customer's page in the admin.")
  }
  const answer = await backendRequest<{ session: Session }>("/store/impersonation", {
    headers: { authorization: `Bearer ${token}` },
  })
  if (!answer.ok || answer.data.session.status !== "active") {
    return refused("The session has ended or expired. Start a new one from the customer's page in the admin.")
  }
  const { session } = answer.data
  const customer = session.customer ?? {}
  await startImpersonation(token, {
    sessionId: session.id,
    customerName: [customer.first_name, customer.last_name].filter(Boolean).join(" "),
    customerEmail: customer.email ?? "",
    startedAt: session.started_at,
    expiresAt: session.expires_at,
  })
  const url = request.nextUrl.clone()
  url.pathname = `/${safeCountryCode(countryCode)}/account`
  url.search = ""
  return NextResponse.redirect(url, { status: 303, headers: PRIVATE })
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  return open(request, countryCode, request.nextUrl.searchParams.get("token"))
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const form = await request.formData().catch(() => null)
  const token = form?.get("token")
  return open(request, countryCode, typeof token === "string" ? token : null)
}
