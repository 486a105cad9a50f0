import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AccountEvents } from "../events"
import { recordSecurityEventStep, updateAccountProfileStep, type RequestContext } from "../steps"

export type RecordFactorChangeInput = {
  customer_id: string
  auth_identity_id?: string | null
  type: "mfa_enabled" | "recovery_codes_generated" | "recovery_code_used"
  method?: string | null
  recovery_codes_remaining?: number | null
} & RequestContext

/** A factor change the customer made (enabled, recovery codes): history, and an email about all but a used recovery code. */
export const recordFactorChangeWorkflow = createWorkflow("record-factor-change", (input: RecordFactorChangeInput) => {
  when({ input }, ({ input }) => input.recovery_codes_remaining !== undefined && input.recovery_codes_remaining !== null).then(() => {
    updateAccountProfileStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        update: { recovery_codes_remaining: Math.max(0, input.recovery_codes_remaining ?? 0) },
      }))
    )
  })
  const eventId = recordSecurityEventStep(
    transform({ input }, ({ input }) => ({
      type: input.type,
      customer_id: input.customer_id,
      auth_identity_id: input.auth_identity_id ?? null,
      ip: input.ip,
      user_agent: input.user_agent,
      data: { method: input.method ?? null },
    }))
  )
  when({ input }, ({ input }) => input.type !== "recovery_code_used").then(() => {
    emitEventStep({
      eventName: transform({ input }, ({ input }) =>
        input.type === "mfa_enabled" ? AccountEvents.MFA_ENABLED : AccountEvents.RECOVERY_CODES_GENERATED
      ),
      data: transform({ input, eventId }, ({ input, eventId }) => ({ id: input.customer_id, security_event_id: eventId })),
    })
  })
  return new WorkflowResponse(true)
})
