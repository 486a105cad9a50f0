import { unstable_rethrow } from "next/navigation"

/**
 * Whether `error` is Next.js's redirect / not-found signal rather than a
 * failure: a server action that redirects also rejects its caller's promise
 * while the router goes to the new page.
 */
export function isNavigation(error: unknown): boolean {
  try {
    unstable_rethrow(error)
    return false
  } catch {
    return true
  }
}
