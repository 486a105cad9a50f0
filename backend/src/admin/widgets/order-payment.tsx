import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { formatAmount, formatIssued } from "../lib/invoices"
import { sdk } from "../lib/sdk"
import type { OrderPaymentResponse } from "../../types/http"

const LABEL = { awaiting_payment: "Awaiting payment", paid: "Paid", cancelled: "Cancelled: not paid" } as const
const COLOR = { awaiting_payment: "orange", paid: "green", cancelled: "grey" } as const

/**
 * Bank transfer / pay later on the order page: whether the money is in, the
 * due date, and "Mark as paid" when the transfer arrived — Medusa's capture of
 * the order's payments, which starts the subscriptions it bought or renews them.
 */
const OrderPaymentWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const client = useQueryClient()
  const prompt = usePrompt()
  const { data } = useQuery({
    queryKey: ["order-payment", order.id],
    queryFn: () => sdk.client.fetch<OrderPaymentResponse>(`/admin/orders/${order.id}/payment`),
  })
  const markPaid = useMutation({
    mutationFn: async () => {
      const { order: full } = await sdk.admin.order.retrieve(order.id, {
        fields: "id,*payment_collections,*payment_collections.payments",
      })
      const payments = (full.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])
      for (const p of payments.filter((p) => !p.captured_at && !p.canceled_at)) {
        await sdk.admin.payment.capture(p.id, {})
      }
    },
    onSuccess: async () => {
      toast.success("Payment recorded: the order is paid")
      await client.invalidateQueries()
    },
    onError: (e: Error) => toast.error(`Could not record the payment: ${e.message}`),
  })
  const payment = data?.payment
  if (!payment || payment.method !== "pay_later") {
    return null
  }
  return (
    <Container className="divide-y p-0" data-testid="order-payment-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">Bank transfer</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {formatAmount(payment.total, payment.currency_code)}
            {payment.due_at ? ` · due ${formatIssued(payment.due_at)}` : ""}
          </Text>
        </div>
        <StatusBadge color={COLOR[payment.status]} data-testid="order-payment-status">
          {LABEL[payment.status]}
        </StatusBadge>
      </div>
      {payment.status === "awaiting_payment" && (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Unpaid orders are cancelled after the due date. Record the transfer once it is on the account: the
            subscriptions of this order start (or renew) at once.
          </Text>
          <div className="flex justify-end">
            <Button
              size="small"
              data-testid="order-mark-paid"
              isLoading={markPaid.isPending}
              onClick={async () => {
                const ok = await prompt({
                  title: "Mark this order as paid?",
                  description: `Only when ${formatAmount(payment.total, payment.currency_code)} has arrived. This captures the payment and cannot be undone (refund instead).`,
                  confirmText: "Mark as paid",
                  cancelText: "Cancel",
                })
                if (ok) {
                  markPaid.mutate()
                }
              }}
            >
              Mark as paid
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderPaymentWidget
