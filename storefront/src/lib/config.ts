import "server-only"

import Medusa from "@medusajs/js-sdk"

/**
 * The one js-sdk instance of the storefront. It only ever runs on the server:
 * the backend URL and publishable key are read from the environment of the
 * running process (never inlined at build time), and customer tokens are
 * never stored in the instance ("nostore"); every call that acts for a
 * customer passes the JWT from the httpOnly cookie explicitly.
 */
export const MEDUSA_BACKEND_URL =
  process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

export const MEDUSA_PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY || ""

export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: MEDUSA_PUBLISHABLE_KEY || undefined,
  debug: false,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})
