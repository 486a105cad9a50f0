import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CustomerContext } from "../../../modules/assistant/types"
import { subscriptionNumber } from "../../../modules/subscription/utils"
import { assistantService } from "./service"

const SUBSCRIPTIONS = 10
const ORDERS = 5

export type GetCustomerContextInput = { customer_id?: string | null }

const iso = (d: unknown) => (d ? new Date(d as string).toISOString().slice(0, 10) : "unknown")
const billing = (interval: string, count: number) => (count > 1 ? `every ${count} ${interval}s` : `${interval}ly`.replace("dayly", "daily"))

/**
 * The customer's own subscriptions and latest orders, read with Query and
 * filtered by their id (nobody else's), for the Gemini prompt. Null for a
 * guest, or when the offline assistant answers (it doesn't use them).
 */
export const getCustomerContextStep = createStep(
  "get-assistant-customer-context",
  async (input: GetCustomerContextInput, { container }) => {
    const customerId = input.customer_id
    if (!customerId || !assistantService(container).usesCustomerContext()) {
      return new StepResponse<CustomerContext | null>(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: subscriptions }, { data: orders }] = await Promise.all([
      query.graph({
        entity: "subscription",
        fields: ["id", "display_id", "product_title", "plan", "status", "billing_interval", "billing_interval_count", "expires_at", "auto_renew"],
        filters: { customer_id: customerId },
        pagination: { take: SUBSCRIPTIONS, skip: 0, order: { expires_at: "ASC" } },
      }),
      query.graph({
        entity: "order",
        fields: ["id", "display_id", "status", "created_at", "currency_code", "total", "items.product_title", "items.variant_title", "items.quantity"],
        filters: { customer_id: customerId },
        pagination: { take: ORDERS, skip: 0, order: { created_at: "DESC" } },
      }),
    ])
    return new StepResponse<CustomerContext | null>({
      subscriptions: subscriptions.map((s: any) => ({
        id: s.id,
        number: subscriptionNumber(s.display_id),
        product_title: s.product_title,
        plan: s.plan,
        status: s.status,
        billing: billing(s.billing_interval, Number(s.billing_interval_count ?? 1)),
        expires_at: iso(s.expires_at),
        auto_renew: Boolean(s.auto_renew),
      })),
      orders: orders.map((o: any) => ({
        id: o.id,
        display_id: o.display_id,
        created_at: iso(o.created_at),
        status: o.status,
        total: String(o.total ?? ""),
        currency_code: o.currency_code ?? "",
        items: (o.items ?? []).map((i: any) => `${i.product_title ?? ""} ${i.variant_title ?? ""}`.trim() + (i.quantity > 1 ? ` ×${i.quantity}` : "")),
      })),
    })
  }
)
