import { getCartQuantity } from "@lib/data/cart"
import { isLoggedIn } from "@lib/data/cookies"
import { getImpersonationMarker, holdsImpersonationToken } from "@lib/data/impersonation-cookies"
import type { VisitorState } from "@lib/util/visitor"

export const dynamic = "force-dynamic"

/**
 * What only this visitor's cookies can tell: signed in or not, the cart's item count and the
 * "view as customer" session. Pages load it in the browser, so the pages themselves are the same
 * for everybody and are served from the cache.
 */
export async function GET() {
  const [signedIn, cartQuantity, marker] = await Promise.all([
    isLoggedIn(),
    getCartQuantity(),
    getImpersonationMarker(),
  ])
  const holdsToken = marker ? await holdsImpersonationToken(marker) : false
  const state: VisitorState = {
    signed_in: signedIn,
    cart_quantity: cartQuantity,
    read_only: holdsToken,
    impersonation: marker
      ? {
          customer: marker.customerName ? `${marker.customerName} (${marker.customerEmail})` : marker.customerEmail,
          started_at: marker.startedAt,
          expires_at: marker.expiresAt,
          active: holdsToken && new Date(marker.expiresAt).getTime() > Date.now(),
        }
      : null,
  }
  return Response.json(state, { headers: { "cache-control": "private, no-store" } })
}
