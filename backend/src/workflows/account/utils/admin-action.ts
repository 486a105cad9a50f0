/** What an admin's action on a customer carries: who, why, when. */
export type AdminCustomerInput = { customer_id: string; reason?: string | null; actor_id: string }

/** The admin action log entry of such an action. */
export const adminAction = (input: AdminCustomerInput, action: string, data?: Record<string, unknown>) => ({
  actor_type: "user" as const,
  actor_id: input.actor_id,
  action,
  resource_type: "customer",
  resource_id: input.customer_id,
  customer_id: input.customer_id,
  reason: input.reason ?? null,
  data: data ?? null,
})
