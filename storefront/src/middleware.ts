import { NextResponse, type NextRequest } from "next/server"
import { COUNTRY_COOKIE } from "@lib/constants"

/**
 * Puts every page under a country code (/us/store, /de/products/…).
 *
 * A path without a valid country code is redirected to the remembered country
 * (cookie), else the one the backend detects from the visitor's IP and
 * Accept-Language, else DEFAULT_COUNTRY_CODE. A path with a valid country code
 * is served and that country remembered. The country-less link of password
 * reset emails (/reset-password?token=…&email=…) goes to
 * /{cc}/account/reset-password with its query string.
 */

type RegionSummary = { countries?: { iso_2?: string | null }[] | null }

const REGION_CACHE_MS = 5 * 60 * 1000
const DETECT_TIMEOUT_MS = 2000

let countryCache: { codes: Set<string>; fetchedAt: number } | null = null

function backendUrl() {
  return (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")
}

function backendHeaders(): Record<string, string> {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  return key ? { "x-publishable-api-key": key } : {}
}

/** Country codes sold to, from the backend's regions (kept for a few minutes). */
async function getCountryCodes(): Promise<Set<string>> {
  if (countryCache && Date.now() - countryCache.fetchedAt < REGION_CACHE_MS) {
    return countryCache.codes
  }
  try {
    const response = await fetch(`${backendUrl()}/store/regions?fields=id,*countries&limit=100`, {
      headers: backendHeaders(),
      cache: "no-store",
      signal: AbortSignal.timeout(DETECT_TIMEOUT_MS),
    })
    if (!response.ok) {
      throw new Error(`regions answered ${response.status}`)
    }
    const { regions } = (await response.json()) as { regions: RegionSummary[] }
    const codes = new Set<string>()
    for (const region of regions ?? []) {
      for (const country of region.countries ?? []) {
        if (country.iso_2) codes.add(country.iso_2.toLowerCase())
      }
    }
    countryCache = { codes, fetchedAt: Date.now() }
    return codes
  } catch {
    // Backend unreachable: keep serving with the last known list, if any.
    return countryCache?.codes ?? new Set()
  }
}

/** Asks the backend which country the visitor is in (by IP, then language). */
async function detectCountry(request: NextRequest): Promise<string | null> {
  const headers: Record<string, string> = backendHeaders()
  const forwardedFor =
    request.headers.get("x-forwarded-for") ?? request.headers.get("x-real-ip") ?? ""
  if (forwardedFor) headers["x-forwarded-for"] = forwardedFor
  const language = request.headers.get("accept-language")
  if (language) headers["accept-language"] = language

  try {
    const response = await fetch(`${backendUrl()}/store/regions/detect`, {
      headers,
      cache: "no-store",
      signal: AbortSignal.timeout(DETECT_TIMEOUT_MS),
    })
    if (!response.ok) {
      return null
    }
    const body = (await response.json()) as { country_code?: string | null }
    return body.country_code?.toLowerCase() ?? null
  } catch {
    return null
  }
}

function rememberCountry(request: NextRequest, response: NextResponse, countryCode: string) {
  const proto =
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ??
    request.nextUrl.protocol.replace(":", "")
  response.cookies.set(COUNTRY_COOKIE, countryCode, {
    httpOnly: true,
    sameSite: "lax",
    secure: proto === "https",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  })
}

/**
 * Cached pages and the query parameters that change what they show. Such a page without those
 * parameters is rendered once and served from the cache to everybody; with them it is served by
 * its per-request twin under /{country}/variant/… (same code), so searches, filters, paging and
 * preselected plans never reach — or fill — the cache.
 */
const QUERY_VARIANTS: { path: RegExp; params: string[] }[] = [
  { path: /^store$/, params: ["q", "category", "page"] },
  { path: /^categories\/[^/]+$/, params: ["q", "page"] },
  { path: /^blog$/, params: ["tag", "page"] },
  { path: /^help$/, params: ["q", "category"] },
  { path: /^products\/[^/]+$/, params: ["plan", "term"] },
]

/** The twin's path when this request of a cached page carries one of its parameters. */
function variantPath(segments: string[], query: URLSearchParams): string | null {
  const [country, ...rest] = segments
  const page = rest.join("/")
  const variant = QUERY_VARIANTS.find((item) => item.path.test(page))
  if (!variant || !variant.params.some((name) => query.has(name))) {
    return null
  }
  return `/${[country, "variant", ...rest].join("/")}`
}

export async function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const segments = pathname.split("/").filter(Boolean)
  const first = segments[0]?.toLowerCase() ?? ""
  const codes = await getCountryCodes()
  const remembered = request.cookies.get(COUNTRY_COOKIE)?.value?.toLowerCase()

  const isKnown = (code?: string | null): code is string => Boolean(code) && codes.has(code!)
  const isCountrySegment = /^[a-z]{2}$/.test(first)

  // Serve a known country; if the backend is unreachable and no country is
  // known, serve any two-letter prefix rather than redirect in a loop.
  if (isKnown(first) || (codes.size === 0 && isCountrySegment)) {
    const headers = new Headers(request.headers)
    headers.set("x-country-code", first)
    const variant = variantPath(segments, request.nextUrl.searchParams)
    let response: NextResponse
    if (variant) {
      const url = request.nextUrl.clone()
      url.pathname = variant
      response = NextResponse.rewrite(url, { request: { headers } })
    } else {
      response = NextResponse.next({ request: { headers } })
    }
    if (remembered !== first && isKnown(first)) {
      rememberCountry(request, response, first)
    }
    return response
  }

  let countryCode = isKnown(remembered) ? remembered : null
  if (!countryCode) {
    const detected = await detectCountry(request)
    countryCode = isKnown(detected) ? detected : null
  }
  if (!countryCode) {
    const fallback = (process.env.DEFAULT_COUNTRY_CODE || "us").toLowerCase()
    countryCode = isKnown(fallback) ? fallback : (codes.values().next().value ?? fallback)
  }

  // A two-letter first segment that is not a country we sell to is replaced.
  let rest = isCountrySegment ? segments.slice(1) : segments
  // Password reset emails link to /reset-password?token=…&email=… (no
  // country); the page lives in the account. The query string is kept.
  if (rest.length === 1 && rest[0] === "reset-password") {
    rest = ["account", "reset-password"]
  }
  const url = request.nextUrl.clone()
  url.pathname = `/${[countryCode, ...rest].join("/")}`
  url.search = search
  const response = NextResponse.redirect(url, 307)
  rememberCountry(request, response, countryCode)
  return response
}

export const config = {
  runtime: "nodejs",
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|robots.txt|.*\\.[a-zA-Z0-9]+$).*)"],
}
