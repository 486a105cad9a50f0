import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accountService } from "../utils/identity"
import type { RequestContext } from "./types"

/** Appends one entry to the account's security history; answers its id. */
export const recordSecurityEventStep = createStep(
  "record-security-event",
  async (
    input: { type: string; customer_id?: string | null; auth_identity_id?: string | null; data?: Record<string, unknown> | null } & RequestContext,
    { container }
  ) => {
    const event = await accountService(container).recordSecurityEvent(input)
    return new StepResponse(event.id, event.id)
  },
  async (id, { container }) => {
    if (id) {
      await accountService(container).deleteSecurityEvents(id)
    }
  }
)
