/** Cookie names shared by the middleware and the server data layer. */
export const AUTH_COOKIE = "_medusa_jwt"
export const CART_COOKIE = "_medusa_cart_id"
export const COUNTRY_COOKIE = "_cs_country"
/** The pre-MFA token of a sign-in waiting for its second factor (never a session). */
export const MFA_COOKIE = "_cs_mfa_pending"
/** Set while an admin views the store as a customer ("view as customer"): who and until when. */
export const IMPERSONATION_COOKIE = "_cs_impersonation"

/** Cache tags of catalog reads; POST /api/revalidate accepts these. */
export const CACHE_TAGS = {
  products: "products",
  categories: "categories",
  regions: "regions",
  restrictions: "restrictions",
} as const

/**
 * Time-based backstop for catalog reads and the cached pages built from them: catalog edits flush
 * the tags at once (backend subscribers), and a change that sends no event (a price list, a
 * missed call) still shows within a minute. A cached page is rebuilt at most once a minute.
 */
export const CATALOG_REVALIDATE_SECONDS = 60

export const PRODUCTS_PER_PAGE = 12

export const SITE_NAME = "CloudServices"

/** Cache tags of the content pages (blog, resources, legal pages, company details). */
export const CONTENT_TAG = "content"

/** The public address of the storefront, for canonical URLs, the sitemap and structured data. */
export function siteUrl(): string {
  const env: Record<string, string | undefined> = process.env
  return (env.STOREFRONT_URL || env.NEXT_PUBLIC_BASE_URL || "http://localhost:8000").replace(/\/$/, "")
}
