import Medusa from "@medusajs/js-sdk"

/** The one SDK instance of the admin extensions (session auth, same origin). */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
