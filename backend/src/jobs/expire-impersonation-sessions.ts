import type { MedusaContainer } from "@medusajs/framework/types"
import { expireImpersonationSessionsWorkflow } from "../workflows/impersonation"

/** Every minute: "view as customer" sessions past their expiry are recorded as expired (catches up on any backlog). */
export default async function job(container: MedusaContainer) {
  await expireImpersonationSessionsWorkflow(container).run({ input: { as_of: new Date() } })
}

export const config = { name: "expire-impersonation-sessions", schedule: "* * * * *" }
