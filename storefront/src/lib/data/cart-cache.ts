import "server-only"
import { revalidateTag } from "next/cache"

/**
 * Tells Next.js the cart changed so the page the action ran from (header
 * badge included) is rendered again in the action's response. Nothing is
 * cached under this tag: cart reads are never cached.
 */
export function refreshCart() {
  revalidateTag("cart")
}
