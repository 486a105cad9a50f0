import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { isPayLater, payLaterConfig, payLaterDueAt } from "../../../lib/pay-later"
import { formatDate } from "../../../modules/invoice/pdf"
import { ensureAccountProfileStep } from "../../account/steps/ensure-account-profile"
import { localeForCountry } from "../../invoice/utils/document"
import { queueNotificationWorkflow } from "./queue-notification"

/** Welcome email for a new customer, after giving them their shopper id. */
export const sendWelcomeNotificationWorkflow = createWorkflow(
  "send-welcome-notification",
  (input: { customer_id: string }) => {
    ensureAccountProfileStep(input)
    const detail = queueNotificationWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        template: "welcome",
        customer_id: input.customer_id,
        idempotency_key: `welcome:${input.customer_id}`,
      })),
    })
    return new WorkflowResponse(detail)
  }
)

/** The emailed six-digit code of Medusa's email verification (once per code). */
export const sendVerificationCodeWorkflow = createWorkflow(
  "send-verification-code",
  (input: { entity_id: string; entity_type: string; code_provider: string; auth_identity_id: string; code?: string; expires_at?: string | Date }) => {
    const { data: identities } = useQueryGraphStep({
      entity: "auth_identity",
      fields: ["id", "app_metadata"],
      filters: { id: input.auth_identity_id },
    }).config({ name: "verification-identity" })
    const queued = transform({ input, identities }, ({ input, identities }) => {
      if (input.code_provider !== "email_code" || input.entity_type !== "email" || !input.code) {
        return null
      }
      const customerId = (identities[0]?.app_metadata as Record<string, unknown> | undefined)?.customer_id as string | undefined
      return {
        template: "verification_code",
        to: input.entity_id,
        customer_id: customerId ?? null,
        idempotency_key: `verification_code:${input.auth_identity_id}:${new Date(input.expires_at ?? 0).getTime()}`,
        data: { code: input.code, expires_in_minutes: 10 },
      }
    })
    const detail = when({ queued }, ({ queued }) => !!queued).then(() =>
      queueNotificationWorkflow.runAsStep({ input: transform({ queued }, ({ queued }) => queued!) })
    )
    return new WorkflowResponse(transform({ detail }, ({ detail }) => detail ?? null))
  }
)

/** An issued document attached to an email (rendered when the email is delivered). */
type AttachedDocument = { id: string; number: string }

/**
 * Order confirmation with the order's lines and totals (once per order), its invoice PDF attached.
 * An order paid later by bank transfer is confirmed as awaiting payment: the amount, the date it is
 * due (in the buyer's locale) and how to pay; its services start when the money arrives.
 */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "send-order-confirmation",
  (input: { order_id: string; invoice?: AttachedDocument | null }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "currency_code",
        "customer_id",
        "created_at",
        "total",
        "tax_total",
        "subtotal",
        "billing_address.country_code",
        "items.title",
        "items.variant_title",
        "items.quantity",
        "items.total",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.captured_at",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const queued = transform({ orders, input }, ({ orders, input }) => {
      const order = orders[0]
      const invoice = input.invoice ?? null
      const payments = (order.payment_collections ?? []).flatMap((pc) => pc?.payments ?? [])
      const payLater = payments.some((p) => isPayLater(p?.provider_id)) && !payments.some((p) => p?.captured_at)
      const config = payLaterConfig()
      return {
        template: "order_confirmation",
        to: order.email,
        customer_id: order.customer_id,
        idempotency_key: `order_confirmation:${order.id}`,
        data: {
          order: {
            id: order.id,
            display_id: order.display_id,
            currency_code: order.currency_code,
            total: Number(order.total),
            tax_total: Number(order.tax_total),
            items: (order.items ?? []).map((i) => ({
              title: i?.title,
              variant_title: i?.variant_title,
              quantity: Number(i?.quantity),
              total: Number(i?.total),
            })),
          },
          payment: payLater
            ? {
                pay_later: true,
                status: "Awaiting payment",
                amount: Number(order.total),
                due_date: formatDate(
                  payLaterDueAt(order.created_at as Date | string, config),
                  localeForCountry(order.billing_address?.country_code)
                ),
                instructions: config.instructions,
              }
            : null,
          invoice: invoice ? { id: invoice.id, number: invoice.number } : null,
          attachments: invoice
            ? [{ filename: `${invoice.number}.pdf`, content_type: "application/pdf", invoice_id: invoice.id }]
            : [],
        },
      }
    })
    return new WorkflowResponse(queueNotificationWorkflow.runAsStep({ input: queued }))
  }
)

export type PasswordResetInput = {
  entity_id: string
  actor_type: string
  token: string
  storefront_url: string
  admin_url: string
}

/** Password reset link for a customer (storefront) or an admin user (dashboard). */
export const sendPasswordResetNotificationWorkflow = createWorkflow(
  "send-password-reset-notification",
  (input: PasswordResetInput) => {
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "has_account"],
      filters: { email: input.entity_id },
    })
    const queued = transform({ input, customers }, ({ input, customers }) => {
      const customer = input.actor_type === "customer" ? customers.find((c) => c.has_account) ?? customers[0] : undefined
      const params = `token=${encodeURIComponent(input.token)}&email=${encodeURIComponent(input.entity_id)}`
      return {
        template: "password_reset",
        to: input.entity_id,
        customer_id: customer?.id ?? null,
        // a reset token is single use: one email per token
        idempotency_key: `password_reset:${input.token.slice(-32)}`,
        data: {
          reset_url:
            input.actor_type === "user"
              ? `${input.admin_url}/app/reset-password?${params}`
              : `${input.storefront_url}/reset-password?${params}`,
        },
      }
    })
    return new WorkflowResponse(queueNotificationWorkflow.runAsStep({ input: queued }))
  }
)

/** Refund email for the order a refunded payment belongs to (once per refund), its credit note PDF attached. */
/** The refunded payment as read below. */
type RefundedPayment = {
  id: string
  currency_code: string
  refunds?: { id: string; amount: unknown }[] | null
  payment_collection?: { order?: { id: string; display_id?: number | null; email?: string | null; customer_id?: string | null } | null } | null
}

export const sendRefundNotificationWorkflow = createWorkflow(
  "send-refund-notification",
  (input: {
    payment_id: string
    /** credit notes of the payment's refunds (the one of the refund emailed about is attached) */
    credit_notes?: (AttachedDocument & { refund_id: string; invoice_number?: string | null })[]
  }) => {
    const { data: payments } = useQueryGraphStep({
      entity: "payment",
      fields: [
        "id",
        "currency_code",
        "refunds.id",
        "refunds.amount",
        "payment_collection.order.id",
        "payment_collection.order.display_id",
        "payment_collection.order.email",
        "payment_collection.order.customer_id",
      ],
      filters: { id: input.payment_id },
      options: { throwIfKeyNotFound: true },
    })
    const queued = transform({ payments, input }, ({ payments, input }) => {
      // Query's generated types describe the whole model; the fields read here make this row
      const payment = payments[0] as unknown as RefundedPayment
      const refunds = [...(payment.refunds ?? [])].sort((a, b) => String(a.id).localeCompare(String(b.id)))
      const refund = refunds[refunds.length - 1]
      const note = (input.credit_notes ?? []).find((n) => refund && n.refund_id === refund.id) ?? null
      const order = payment.payment_collection?.order
      return {
        template: "refund",
        to: order?.email,
        customer_id: order?.customer_id ?? null,
        idempotency_key: `refund:${refund?.id ?? payment.id}`,
        data: {
          amount: Number(refund?.amount ?? 0),
          currency_code: payment.currency_code,
          order: { id: order?.id, display_id: order?.display_id },
          credit_note: note ? { id: note.id, number: note.number, invoice_number: note.invoice_number ?? null } : null,
          attachments: note
            ? [{ filename: `${note.number}.pdf`, content_type: "application/pdf", invoice_id: note.id }]
            : [],
        },
      }
    })
    return new WorkflowResponse(queueNotificationWorkflow.runAsStep({ input: queued }))
  }
)
