import { ArrowPath, CalendarMini, PauseSolid, PlaySolid, XMark } from "@medusajs/icons"
import { Label, RadioGroup, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  formatAmount,
  formatDate,
  formatInterval,
  useCancelScheduledPlanChange,
  useSubscriptionAction,
  type SubscriptionAction,
  type SubscriptionDetail,
} from "../lib/subscriptions"
import { ActionButton, ActionPrompt, Field, REASON_MIN, TEXT_MAX } from "./action-prompt"
import { SubscriptionChangePlanDrawer } from "./subscription-change-plan-drawer"
import { SubscriptionExtendPrompt } from "./subscription-extend-prompt"

type Dialog = "suspend" | "unsuspend" | "extend" | "change-plan" | "cancel-change" | "cancel" | null

/** Why the plan can't be changed from here; null when it can. */
const changePlanDisabledReason = (status: SubscriptionDetail["status"]) => {
  if (status === "cancelled" || status === "expired") {
    return `A${status === "expired" ? "n expired" : " cancelled"} subscription's plan can't be changed`
  }
  if (status === "pending_payment") {
    return "The plan can be changed once the first payment arrives"
  }
  return null
}

/** Why the subscription can't be cancelled from here; null when it can. */
const cancelDisabledReason = (subscription: SubscriptionDetail) =>
  subscription.status === "cancelled" ? "The subscription is already cancelled" : null

/** Suspend, unsuspend, extend, plan changes and cancel, each confirmed in a dialog. */
export const SubscriptionActions = ({ subscription }: { subscription: SubscriptionDetail }) => {
  const [dialog, setDialog] = useState<Dialog>(null)
  const [reason, setReason] = useState("")
  const [note, setNote] = useState("")
  const [cancelAt, setCancelAt] = useState<"now" | "period_end">("period_end")
  const action = useSubscriptionAction(subscription.id)
  const cancelChange = useCancelScheduledPlanChange(subscription.id)
  const scheduled = subscription.scheduled_change

  const openDialog = (next: Exclude<Dialog, null>) => {
    setReason("")
    setNote("")
    setCancelAt(subscription.cancel_at_period_end ? "now" : "period_end")
    action.reset()
    setDialog(next)
  }

  const run = (payload: SubscriptionAction, success: string) =>
    action.mutate(payload, {
      onSuccess: () => {
        toast.success(success)
        setDialog(null)
      },
      onError: (error) => {
        toast.error("Could not update the subscription", { description: error.message })
      },
    })

  const trimmedReason = reason.trim()
  const trimmedNote = note.trim()

  const status = subscription.status
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        {status === "suspended" ? (
          <ActionButton
            disabledReason={null}
            onClick={() => openDialog("unsuspend")}
            testId="subscription-unsuspend"
          >
            <PlaySolid />
            Unsuspend
          </ActionButton>
        ) : (
          <ActionButton
            disabledReason={
              status === "active" ? null : "Only an active subscription can be suspended"
            }
            onClick={() => openDialog("suspend")}
            testId="subscription-suspend"
          >
            <PauseSolid />
            Suspend
          </ActionButton>
        )}
        <ActionButton
          disabledReason={
            status === "cancelled" ? "A cancelled subscription can't be extended" : null
          }
          onClick={() => openDialog("extend")}
          testId="subscription-extend"
        >
          <CalendarMini />
          Extend
        </ActionButton>
        <ActionButton
          disabledReason={changePlanDisabledReason(status)}
          onClick={() => setDialog("change-plan")}
          testId="subscription-change-plan"
        >
          <ArrowPath />
          Change plan
        </ActionButton>
        <ActionButton
          disabledReason={cancelDisabledReason(subscription)}
          onClick={() => openDialog("cancel")}
          testId="subscription-cancel"
        >
          <XMark />
          Cancel subscription
        </ActionButton>
        {scheduled && (
          <ActionButton
            disabledReason={null}
            onClick={() => {
              cancelChange.reset()
              setDialog("cancel-change")
            }}
            testId="subscription-cancel-change"
          >
            <XMark />
            Cancel scheduled change
          </ActionButton>
        )}
      </div>

      <SubscriptionChangePlanDrawer
        subscription={subscription}
        open={dialog === "change-plan"}
        onOpenChange={(open) => !open && setDialog(null)}
      />

      {scheduled && (
        <ActionPrompt
          open={dialog === "cancel-change"}
          onOpenChange={(open) => !open && setDialog(null)}
          title="Cancel the scheduled plan change?"
          description={`${subscription.number} was going to switch to ${[
            scheduled.plan,
            formatInterval(scheduled.billing_interval, scheduled.billing_interval_count),
            formatAmount(scheduled.amount, scheduled.currency_code),
          ].join(" · ")} on ${formatDate(scheduled.effective_at)}. It keeps its current plan instead.`}
          confirmLabel="Keep current plan"
          canConfirm
          isPending={cancelChange.isPending}
          onConfirm={() =>
            cancelChange.mutate(undefined, {
              onSuccess: () => {
                toast.success("Scheduled plan change cancelled")
                setDialog(null)
              },
              onError: (error) => {
                toast.error("Could not cancel the plan change", { description: error.message })
              },
            })
          }
          testId="subscription-cancel-change"
        />
      )}

      <ActionPrompt
        open={dialog === "cancel"}
        onOpenChange={(open) => !open && setDialog(null)}
        title={`Cancel ${subscription.number}?`}
        description={
          cancelAt === "now"
            ? "The subscription ends now and its service stops. Nothing is refunded here: refund the order separately if needed."
            : `The service keeps running until ${formatDate(subscription.expires_at)}, then ends. Auto-renew is turned off.`
        }
        confirmLabel={cancelAt === "now" ? "Cancel now" : "Cancel at period end"}
        variant="danger"
        canConfirm={
          trimmedReason.length <= TEXT_MAX && !(cancelAt === "period_end" && subscription.cancel_at_period_end)
        }
        isPending={action.isPending}
        onConfirm={() =>
          run(
            { action: "cancel", body: { at: cancelAt, ...(trimmedReason ? { reason: trimmedReason } : {}) } },
            cancelAt === "now"
              ? `${subscription.number} cancelled`
              : `${subscription.number} ends on ${formatDate(subscription.expires_at)}`
          )
        }
        testId="subscription-cancel"
      >
        <RadioGroup
          value={cancelAt}
          onValueChange={(value) => setCancelAt(value === "now" ? "now" : "period_end")}
          className="flex flex-col gap-y-2"
        >
          <div className="flex items-center gap-x-2">
            <RadioGroup.Item
              value="period_end"
              id="subscription-cancel-at-period-end"
              disabled={subscription.cancel_at_period_end}
              data-testid="subscription-cancel-at-period-end"
            />
            <Label size="small" htmlFor="subscription-cancel-at-period-end">
              {subscription.cancel_at_period_end
                ? "At period end (already scheduled)"
                : `At period end (${formatDate(subscription.expires_at)})`}
            </Label>
          </div>
          <div className="flex items-center gap-x-2">
            <RadioGroup.Item value="now" id="subscription-cancel-at-now" data-testid="subscription-cancel-at-now" />
            <Label size="small" htmlFor="subscription-cancel-at-now">
              Now (the service stops at once)
            </Label>
          </div>
        </RadioGroup>
        <Field label="Reason (optional)" htmlFor="subscription-cancel-reason">
          <Textarea
            id="subscription-cancel-reason"
            rows={2}
            maxLength={TEXT_MAX}
            placeholder="e.g. Customer asked by phone"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="subscription-cancel-reason"
          />
        </Field>
      </ActionPrompt>

      <ActionPrompt
        open={dialog === "suspend"}
        onOpenChange={(open) => !open && setDialog(null)}
        title={`Suspend ${subscription.number}?`}
        description="The customer's service stops until you unsuspend it. The reason is recorded on the timeline."
        confirmLabel="Suspend subscription"
        variant="danger"
        canConfirm={trimmedReason.length >= REASON_MIN && trimmedReason.length <= TEXT_MAX}
        isPending={action.isPending}
        onConfirm={() =>
          run({ action: "suspend", body: { reason: trimmedReason } }, `${subscription.number} suspended`)
        }
        testId="subscription-suspend"
      >
        <Field
          label="Reason"
          htmlFor="subscription-suspend-reason"
          hint={
            trimmedReason.length > 0 && trimmedReason.length < REASON_MIN
              ? `At least ${REASON_MIN} characters`
              : `${trimmedReason.length}/${TEXT_MAX}`
          }
        >
          <Textarea
            id="subscription-suspend-reason"
            autoFocus
            rows={3}
            maxLength={TEXT_MAX}
            placeholder="e.g. Abuse report #4411: outgoing spam"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={trimmedReason.length > 0 && trimmedReason.length < REASON_MIN}
            data-testid="subscription-suspend-reason"
          />
        </Field>
      </ActionPrompt>

      <ActionPrompt
        open={dialog === "unsuspend"}
        onOpenChange={(open) => !open && setDialog(null)}
        title={`Unsuspend ${subscription.number}?`}
        description={
          subscription.suspension_reason
            ? `It was suspended: “${subscription.suspension_reason}”. The service becomes active again.`
            : "The service becomes active again."
        }
        confirmLabel="Unsuspend"
        canConfirm={trimmedNote.length <= TEXT_MAX}
        isPending={action.isPending}
        onConfirm={() =>
          run(
            { action: "unsuspend", body: trimmedNote ? { note: trimmedNote } : {} },
            `${subscription.number} is active again`
          )
        }
        testId="subscription-unsuspend"
      >
        <Field label="Note (optional)" htmlFor="subscription-unsuspend-note">
          <Textarea
            id="subscription-unsuspend-note"
            autoFocus
            rows={3}
            maxLength={TEXT_MAX}
            placeholder="e.g. Customer fixed the issue"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="subscription-unsuspend-note"
          />
        </Field>
      </ActionPrompt>

      <SubscriptionExtendPrompt
        subscription={subscription}
        open={dialog === "extend"}
        onOpenChange={(open) => !open && setDialog(null)}
        isPending={action.isPending}
        onConfirm={(body) => run({ action: "extend", body }, `${subscription.number} extended`)}
      />
    </>
  )
}
