import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eventFamily } from "../../../modules/webhooks/events"

/**
 * What an integrator gets in `data` besides the id, per event family: a
 * snapshot of the record when the event was fanned out (never secrets:
 * no credentials, no payment details). Query reads across modules, so the
 * webhooks module stays unaware of orders, subscriptions and services.
 */
const SNAPSHOTS: Record<string, { entity: string; module?: string; fields: string[] }> = {
  order: {
    entity: "order",
    fields: ["id", "display_id", "status", "customer_id", "email", "currency_code", "total", "created_at"],
  },
  subscription: {
    entity: "subscription",
    fields: [
      "id",
      "display_id",
      "status",
      "customer_id",
      "order_id",
      "product_id",
      "variant_id",
      "product_title",
      "plan",
      "currency_code",
      "amount",
      "billing_interval",
      "billing_interval_count",
      "started_at",
      "current_period_start",
      "expires_at",
      "auto_renew",
      "cancel_at_period_end",
      "suspension_reason",
    ],
  },
  service: {
    entity: "service",
    module: "provisioning",
    fields: ["id", "subscription_id", "order_id", "customer_id", "status", "hostname", "ipv4", "ipv6", "location", "os"],
  },
}

/** `data` of a webhook body: `{ id, object, …snapshot }`; just `{ id, object }` when the record is gone. */
export const loadWebhookEventDataStep = createStep(
  "load-webhook-event-data",
  async (input: { event_type: string; id: string }, { container }) => {
    const family = eventFamily(input.event_type)
    const snapshot = SNAPSHOTS[family]
    const base = { id: input.id, object: family as string }
    if (!snapshot || (snapshot.module && !container.hasRegistration(snapshot.module))) {
      return new StepResponse(base)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: snapshot.entity, fields: snapshot.fields, filters: { id: input.id } })
    const record = (data[0] ?? {}) as Record<string, unknown>
    const picked = Object.fromEntries(
      snapshot.fields
        .filter((f) => f in record)
        // money comes back as BigNumber-like values: plain numbers in major units
        .map((f) => [f, f === "total" || f === "amount" ? Number(record[f]) : record[f]])
    )
    return new StepResponse({ ...picked, ...base })
  }
)
