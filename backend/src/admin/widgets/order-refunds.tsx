import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Input, Label, RadioGroup, Skeleton, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { ActionButton, ActionPrompt, Field, REASON_MIN, TEXT_MAX } from "../components/action-prompt"
import { formatDateTime } from "../lib/format"
import { formatAmount } from "../lib/invoices"
import {
  parseRefundAmount,
  useCreateOrderRefund,
  useOrderRefunds,
  type RefundSubscriptionAction,
} from "../lib/refunds"

const SUBSCRIPTION_OPTIONS: { value: RefundSubscriptionAction; label: string; hint: string }[] = [
  { value: "none", label: "Keep", hint: "The subscription runs on as it is." },
  { value: "cancel", label: "Cancel at once", hint: "Ends now; the customer can't renew it." },
  { value: "suspend", label: "Suspend", hint: "Stops the service until an admin unsuspends it; the customer is emailed." },
]

/**
 * Refund (part of) the order's payment and decide what happens to the
 * subscriptions it bought: keep, cancel at once or suspend. Lists the refunds.
 */
const OrderRefundsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading, error } = useOrderRefunds(order.id)
  const create = useCreateOrderRefund(order.id)
  const [open, setOpen] = useState(false)
  const [amount, setAmount] = useState("")
  const [note, setNote] = useState("")
  const [subscriptionAction, setSubscriptionAction] = useState<RefundSubscriptionAction>("none")
  const [reason, setReason] = useState("")

  const currency = data?.currency_code ?? order.currency_code
  const refundable = data?.refundable_amount ?? 0
  const subscriptions = data?.subscriptions ?? []
  const parsed = parseRefundAmount(amount, refundable)
  const trimmedReason = reason.trim()
  const reasonOk = !trimmedReason || (trimmedReason.length >= REASON_MIN && trimmedReason.length <= TEXT_MAX)
  const canConfirm = !parsed.error && note.trim().length <= TEXT_MAX && reasonOk

  const openDialog = () => {
    setAmount(refundable.toFixed(2))
    setNote("")
    setSubscriptionAction("none")
    setReason("")
    create.reset()
    setOpen(true)
  }

  const submit = () => {
    if (parsed.amount === null) return
    create.mutate(
      {
        amount: parsed.amount,
        note: note.trim() || undefined,
        subscription_action: subscriptions.length ? subscriptionAction : "none",
        reason: subscriptionAction !== "none" && trimmedReason ? trimmedReason : undefined,
      },
      {
        onSuccess: (result) => {
          const changed = result.changed_subscription_ids.length
          const what =
            subscriptionAction === "cancel" ? "cancelled" : subscriptionAction === "suspend" ? "suspended" : null
          toast.success(`Refunded ${formatAmount(parsed.amount!, currency)}`, {
            description:
              what && changed
                ? `${changed} subscription${changed > 1 ? "s" : ""} ${what}.`
                : what
                  ? `No subscription could be ${what} (already ${what} or ended).`
                  : "The customer is emailed with the credit note.",
          })
          setOpen(false)
        },
        onError: (e) => toast.error("Could not refund", { description: e.message }),
      }
    )
  }

  return (
    <Container className="divide-y p-0" data-testid="order-refunds-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex min-w-0 flex-col">
          <Heading level="h2">Refunds</Heading>
          {isLoading ? (
            <Skeleton className="mt-1 h-4 w-32" />
          ) : error ? (
            <Text size="small" className="text-ui-fg-error">
              Could not load refunds: {error.message}
            </Text>
          ) : (
            <Text size="small" className="text-ui-fg-subtle" data-testid="order-refundable">
              {formatAmount(refundable, currency)} left to refund
            </Text>
          )}
        </div>
        {!isLoading && !error && (
          <ActionButton
            disabledReason={refundable > 0 ? null : "Nothing to refund: the payment is not captured or refunded in full"}
            onClick={openDialog}
            testId="order-refund"
          >
            <ArrowUturnLeft />
            Refund
          </ActionButton>
        )}
      </div>
      {!!data?.refunds.length && (
        <ul className="flex flex-col gap-y-2 px-6 py-4">
          {data.refunds.map((refund) => (
            <li key={refund.id} className="flex flex-col" data-testid="order-refund-row" data-id={refund.id}>
              <Text size="small" className="text-ui-fg-base font-medium">
                −{formatAmount(refund.amount, refund.currency_code)}
                <span className="text-ui-fg-subtle font-normal"> · {formatDateTime(refund.created_at)}</span>
              </Text>
              {(refund.note || refund.reason) && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {[refund.reason, refund.note].filter(Boolean).join(" · ")}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}

      <ActionPrompt
        open={open}
        onOpenChange={setOpen}
        title={`Refund order #${order.display_id}?`}
        description={`Money goes back to the customer's ${data?.payments[0]?.provider_id?.replace(/^pp_/, "").split("_")[0] ?? ""} payment and can't be taken back. They are emailed with a credit note.`}
        confirmLabel={parsed.amount ? `Refund ${formatAmount(parsed.amount, currency)}` : "Refund"}
        variant="danger"
        canConfirm={canConfirm}
        isPending={create.isPending}
        onConfirm={submit}
        testId="order-refund"
      >
        <Field
          label={`Amount (${currency.toUpperCase()})`}
          htmlFor="refund-amount"
          hint={parsed.error && amount ? parsed.error : `At most ${formatAmount(refundable, currency)}`}
        >
          <Input
            id="refund-amount"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            aria-invalid={!!parsed.error}
            data-testid="order-refund-amount"
          />
        </Field>
        <Field label="Note (optional)" htmlFor="refund-note" hint="Kept with the refund; not shown to the customer.">
          <Textarea
            id="refund-note"
            value={note}
            maxLength={TEXT_MAX}
            onChange={(e) => setNote(e.target.value)}
            data-testid="order-refund-note"
          />
        </Field>
        {subscriptions.length > 0 && (
          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus">
              Related subscription{subscriptions.length > 1 ? "s" : ""}:{" "}
              <span className="font-normal">
                {subscriptions.map((s) => `${s.number} (${s.status})`).join(", ")}
              </span>
            </Label>
            <RadioGroup
              value={subscriptionAction}
              onValueChange={(v) => setSubscriptionAction(v as RefundSubscriptionAction)}
              data-testid="order-refund-subscription"
            >
              {SUBSCRIPTION_OPTIONS.map((option) => (
                <div key={option.value} className="flex items-start gap-x-2">
                  <RadioGroup.Item value={option.value} id={`refund-sub-${option.value}`} />
                  <div className="flex flex-col">
                    <Label htmlFor={`refund-sub-${option.value}`} size="small">
                      {option.label}
                    </Label>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {option.hint}
                    </Text>
                  </div>
                </div>
              ))}
            </RadioGroup>
            {subscriptionAction !== "none" && (
              <Field
                label="Reason (optional)"
                htmlFor="refund-sub-reason"
                hint={
                  reasonOk
                    ? "On the subscription's timeline and in the action log; a suspension email shows it."
                    : `At least ${REASON_MIN} characters`
                }
              >
                <Input
                  id="refund-sub-reason"
                  value={reason}
                  maxLength={TEXT_MAX}
                  onChange={(e) => setReason(e.target.value)}
                  data-testid="order-refund-reason"
                />
              </Field>
            )}
          </div>
        )}
      </ActionPrompt>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderRefundsWidget
