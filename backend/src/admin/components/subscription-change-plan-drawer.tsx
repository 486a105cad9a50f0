import {
  Alert,
  Badge,
  Button,
  Drawer,
  Label,
  RadioGroup,
  Select,
  Skeleton,
  Text,
  Textarea,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import {
  formatAmount,
  formatDate,
  formatInterval,
  useChangeSubscriptionPlan,
  useSubscriptionPlanOptions,
  type ChangePlanBody,
  type SubscriptionDetail,
  type SubscriptionPlanOption,
} from "../lib/subscriptions"
import { Field, TEXT_MAX } from "./action-prompt"

const KIND_COLOR = { upgrade: "green", downgrade: "orange", current: "grey" } as const

/** "Premium · Monthly · €20.00". */
export const planOptionLabel = (
  option: Pick<SubscriptionPlanOption, "plan" | "title" | "billing_interval" | "billing_interval_count" | "amount" | "currency_code">
) =>
  [
    option.plan || option.title,
    formatInterval(option.billing_interval, option.billing_interval_count),
    formatAmount(option.amount, option.currency_code),
  ].join(" · ")

/**
 * Moves a subscription to another plan or term of its product: now (switched
 * at once, nothing charged, expiry unchanged) or at the next renewal
 * (scheduled). Confirmed in a prompt; the API's 400 `{ message }` stays in the form.
 */
export const SubscriptionChangePlanDrawer = ({
  subscription,
  open,
  onOpenChange,
}: {
  subscription: SubscriptionDetail
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const [variantId, setVariantId] = useState("")
  const [when, setWhen] = useState<ChangePlanBody["when"]>("next_renewal")
  const [note, setNote] = useState("")
  const prompt = usePrompt()
  const options = useSubscriptionPlanOptions(subscription.id, { enabled: open })
  const change = useChangeSubscriptionPlan(subscription.id)

  useEffect(() => {
    if (open) {
      setVariantId("")
      setWhen("next_renewal")
      setNote("")
      change.reset()
    }
  }, [open])

  const choices = (options.data?.options ?? []).filter((o) => o.kind !== "current")
  const current = options.data?.options.find((o) => o.kind === "current")
  const selected = choices.find((o) => o.variant_id === variantId)
  const trimmedNote = note.trim()
  const renewsOn = formatDate(subscription.expires_at)
  const canSubmit = !!selected && trimmedNote.length <= TEXT_MAX && !change.isPending

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!selected || !canSubmit) return
    const target = planOptionLabel(selected)
    const confirmed = await prompt({
      variant: "confirmation",
      title: `Change ${subscription.number} to ${selected.plan || selected.title}?`,
      description:
        when === "now"
          ? `It switches to ${target} now. Nothing is charged and the expiry stays ${renewsOn}.`
          : `It switches to ${target} at the renewal on ${renewsOn}. Until then the current plan stays.`,
      confirmText: when === "now" ? "Switch now" : "Schedule change",
      cancelText: "Back",
    })
    if (!confirmed) return
    change.mutate(
      { variant_id: selected.variant_id, when, ...(trimmedNote ? { note: trimmedNote } : {}) },
      {
        onSuccess: () => {
          toast.success(
            when === "now"
              ? `${subscription.number} is now on ${selected.plan || selected.title}`
              : `Plan change scheduled for ${renewsOn}`
          )
          onOpenChange(false)
        },
        onError: (error) => {
          toast.error("Could not change the plan", { description: error.message })
        },
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={(next) => !change.isPending && onOpenChange(next)}>
      <Drawer.Content data-testid="subscription-change-plan-drawer">
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Change plan</Drawer.Title>
            <Drawer.Description className="txt-compact-small text-ui-fg-subtle">
              {subscription.number} ·{" "}
              {current
                ? planOptionLabel(current)
                : planOptionLabel({
                    plan: subscription.plan ?? "",
                    title: subscription.product_title ?? "",
                    billing_interval: subscription.billing_interval,
                    billing_interval_count: subscription.billing_interval_count,
                    amount: subscription.amount,
                    currency_code: subscription.currency_code,
                  })}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {change.error && (
              <Alert variant="error" dismissible={false} data-testid="subscription-change-plan-error">
                {change.error.message}
              </Alert>
            )}
            {options.isLoading ? (
              <div className="flex flex-col gap-y-2">
                <Skeleton className="h-4 w-24" />
                <Skeleton className="h-8 w-full" />
              </div>
            ) : options.error ? (
              <Alert variant="error" dismissible={false}>
                Could not load the plans: {options.error.message}
              </Alert>
            ) : choices.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle">
                This product has no other plan or term to move to.
              </Text>
            ) : (
              <>
                <Field
                  label="New plan"
                  htmlFor="subscription-change-plan-select"
                  hint={
                    selected?.kind === "upgrade" && selected.due_now > 0
                      ? `An upgrade the customer makes themselves costs ${formatAmount(selected.due_now, selected.currency_code)} now (prorated).`
                      : undefined
                  }
                >
                  <Select value={variantId} onValueChange={setVariantId}>
                    <Select.Trigger
                      id="subscription-change-plan-select"
                      data-testid="subscription-change-plan-select"
                    >
                      <Select.Value placeholder="Choose a plan" />
                    </Select.Trigger>
                    <Select.Content>
                      {choices.map((option) => (
                        <Select.Item key={option.variant_id} value={option.variant_id}>
                          {planOptionLabel(option)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
                {selected && (
                  <div className="flex items-center gap-x-2">
                    <Badge size="2xsmall" color={KIND_COLOR[selected.kind]}>
                      {selected.kind === "upgrade" ? "Upgrade" : "Downgrade"}
                    </Badge>
                    <Text size="small" className="text-ui-fg-subtle">
                      {formatAmount(selected.amount, selected.currency_code)} per term instead of{" "}
                      {formatAmount(subscription.amount, subscription.currency_code)}
                    </Text>
                  </div>
                )}

                <div className="flex flex-col gap-y-2">
                  <Label size="small" weight="plus" id="subscription-change-plan-when-label">
                    When
                  </Label>
                  <RadioGroup
                    value={when}
                    onValueChange={(value) => setWhen(value === "now" ? "now" : "next_renewal")}
                    aria-labelledby="subscription-change-plan-when-label"
                    className="flex flex-col gap-y-3"
                  >
                    <div className="flex items-start gap-x-2">
                      <RadioGroup.Item
                        value="next_renewal"
                        id="subscription-change-plan-when-next"
                        data-testid="subscription-change-plan-when-next_renewal"
                      />
                      <div className="flex flex-col">
                        <Label size="small" weight="plus" htmlFor="subscription-change-plan-when-next">
                          At the next renewal
                        </Label>
                        <Text size="small" className="text-ui-fg-subtle">
                          Switches on {renewsOn}; the current plan stays until then.
                        </Text>
                      </div>
                    </div>
                    <div className="flex items-start gap-x-2">
                      <RadioGroup.Item
                        value="now"
                        id="subscription-change-plan-when-now"
                        data-testid="subscription-change-plan-when-now"
                      />
                      <div className="flex flex-col">
                        <Label size="small" weight="plus" htmlFor="subscription-change-plan-when-now">
                          Now
                        </Label>
                        <Text size="small" className="text-ui-fg-subtle">
                          Switches immediately. Nothing is charged; the expiry stays {renewsOn}.
                        </Text>
                      </div>
                    </div>
                  </RadioGroup>
                </div>

                <Field
                  label="Note (optional)"
                  htmlFor="subscription-change-plan-note"
                  hint={`${trimmedNote.length}/${TEXT_MAX} · shown on the timeline`}
                >
                  <Textarea
                    id="subscription-change-plan-note"
                    rows={3}
                    maxLength={TEXT_MAX}
                    placeholder="e.g. Moved to Premium as agreed in ticket #812"
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                    data-testid="subscription-change-plan-note"
                  />
                </Field>
              </>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button" disabled={change.isPending}>
                Cancel
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              disabled={!canSubmit}
              isLoading={change.isPending}
              data-testid="subscription-change-plan-submit"
            >
              {when === "now" ? "Switch now" : "Schedule change"}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
