import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CreateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { parsePaymentMethodRef } from "../../../lib/saved-payment-method"
import { PAY_LATER_PROVIDER } from "../../../lib/pay-later"
import { DAY_MS } from "../../../modules/subscription/utils"
import { service } from "../utils/lifecycle"

type Address = Record<string, unknown> | null | undefined

function address(a: Address) {
  return a
    ? {
        first_name: a.first_name as string,
        last_name: a.last_name as string,
        company: (a.company as string) ?? undefined,
        address_1: a.address_1 as string,
        city: a.city as string,
        postal_code: a.postal_code as string,
        country_code: a.country_code as string,
        phone: (a.phone as string) ?? undefined,
      }
    : undefined
}

/**
 * Auto-renew runs under the Terms the customer accepted when buying: the
 * renewal cart carries that acceptance (checkout refuses a cart without one).
 * Orders placed before checkout recorded it count as accepted when placed.
 */
/** The subscription's first order as read below. */
type OriginOrder = {
  id?: string
  email?: string | null
  metadata?: Record<string, unknown> | null
  created_at?: Date | string
  billing_address?: Address
  shipping_address?: Address
}

function renewalTermsAcceptance(origin: OriginOrder | undefined) {
  const accepted = origin?.metadata?.terms_accepted_at
  return {
    terms_accepted_at: typeof accepted === "string" ? accepted : new Date(origin?.created_at ?? 0).toISOString(),
    terms_version: typeof origin?.metadata?.terms_version === "string" ? origin.metadata.terms_version : "none",
    terms_accepted_on_order: origin?.id ?? null,
  }
}

/**
 * Whether a subscription is (still) due for auto-renew at `asOf` — checked
 * under its renewal lock, so two workers never renew it twice — and what the
 * renewal order is made of: one term of its plan (or of the downgrade
 * scheduled for it) at the addresses of its first order, paid with the card
 * saved for auto-renew off-session, or, without one, issued unpaid with
 * "bank transfer / pay later" so nothing is given away before it is paid.
 */
export const prepareAutoRenewalStep = createStep(
  "prepare-auto-renewal",
  async (input: { id: string; asOf: Date }, { container }) => {
    const asOf = new Date(input.asOf)
    const sub = await service(container).retrieveSubscription(input.id)
    const due =
      sub.status === "active" &&
      sub.auto_renew &&
      !sub.cancel_at_period_end &&
      !sub.unpaid_order &&
      new Date(sub.expires_at).getTime() <= asOf.getTime() + DAY_MS
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "email", "metadata", "created_at", "billing_address.*", "shipping_address.*"],
      filters: { id: sub.order_id },
    })
    const origin: OriginOrder | undefined = orders[0]
    const saved = parsePaymentMethodRef(sub.payment_method_ref)
    const variantId = (sub.scheduled_change as { variant_id?: string } | null)?.variant_id ?? sub.variant_id
    const cart: CreateCartWorkflowInputDTO = {
      region_id: sub.region_id,
      customer_id: sub.customer_id,
      email: origin?.email ?? undefined,
      billing_address: address(origin?.billing_address),
      shipping_address: address(origin?.shipping_address ?? origin?.billing_address),
      items: [{ variant_id: variantId, quantity: 1, metadata: { subscription_id: sub.id, renewal: "auto" } }],
      metadata: { subscription_id: sub.id, renewal: "auto", ...renewalTermsAcceptance(origin) },
    }
    return new StepResponse({
      due,
      subscription_id: sub.id,
      customer_id: sub.customer_id,
      cart,
      provider_id: saved ? saved.provider_id : PAY_LATER_PROVIDER,
      // the saved card is charged off-session through Medusa's payment flow (see src/modules/payment-stripe);
      // the context carries it because shoppers can set session data but never the context
      context: saved
        ? {
            off_session_payment_method: saved.payment_method,
            payment_description: `Renewal of subscription ${sub.id}`,
            payment_metadata: { subscription_id: sub.id, renewal: "auto" },
          }
        : undefined,
    })
  }
)
