import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Eye } from "@medusajs/icons"
import { Button, Container, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ActionPrompt, Field, TEXT_MAX } from "../components/action-prompt"
import { ImpersonationStatusBadge } from "../components/impersonation-status-badge"
import { formatDateTime } from "../lib/format"
import {
  IMPERSONATION_PATH,
  IMPERSONATION_REASON_MIN,
  personName,
  useImpersonations,
  useStartImpersonation,
} from "../lib/impersonation"

const RECENT = 3

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

/**
 * "View as customer": with a reason, opens the storefront in a new tab as
 * this customer — read-only, for up to 30 minutes, every page logged.
 */
const CustomerImpersonationWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const start = useStartImpersonation()
  const { data } = useImpersonations({ customer_id: customer.id, limit: RECENT, offset: 0 })
  const sessions = data?.sessions ?? []
  const trimmed = reason.trim()
  const tooShort = trimmed.length < IMPERSONATION_REASON_MIN

  const confirm = () => {
    // opened now, while the click still counts as the admin's gesture (no popup blocker),
    // and pointed at the storefront once the session exists
    const tab = window.open("", "_blank")
    start.mutate(
      { customer_id: customer.id, reason: trimmed },
      {
        onSuccess: ({ storefront_url }) => {
          if (tab) {
            tab.opener = null
            tab.location.href = storefront_url
          } else {
            window.open(storefront_url, "_blank", "noopener")
          }
          toast.success("Storefront opened as this customer (read-only, 30 minutes)")
          setOpen(false)
          setReason("")
        },
        onError: (error) => {
          tab?.close()
          toast.error(error.message)
        },
      }
    )
  }

  return (
    <Container className="divide-y p-0" data-testid="customer-impersonation-widget">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">View as customer</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            See the storefront as this customer, read-only, for up to 30 minutes. Every page is logged.
          </Text>
        </div>
      </div>
      <div className="px-6 py-4">
        <Button size="small" variant="secondary" onClick={() => setOpen(true)} data-testid="impersonate-button">
          <Eye />
          View as customer
        </Button>
      </div>
      {sessions.length > 0 && (
        <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="customer-impersonation-recent">
          <Text size="small" weight="plus">
            Recent sessions
          </Text>
          {sessions.map((session) => (
            <div key={session.id} className="flex items-center justify-between gap-x-2">
              <div className="flex min-w-0 flex-col">
                <Link to={IMPERSONATION_PATH(session.id)} className={linkClass}>
                  {formatDateTime(session.started_at)}
                </Link>
                <Text size="xsmall" className="text-ui-fg-subtle truncate">
                  {personName(session.user, session.user_id)} · {session.reason}
                </Text>
              </div>
              <ImpersonationStatusBadge status={session.status} />
            </div>
          ))}
          {(data?.count ?? 0) > RECENT && (
            <Link to={`/impersonation?customer_id=${customer.id}`} className={linkClass}>
              See all {data?.count} sessions
            </Link>
          )}
        </div>
      )}
      <ActionPrompt
        open={open}
        onOpenChange={(next) => {
          setOpen(next)
          if (!next) setReason("")
        }}
        title="View the store as this customer?"
        description={
          <>
            The storefront opens in a new tab signed in as {customer.email}. You can look but not change anything;
            the session ends after 30 minutes. The reason is kept in the action log.
          </>
        }
        confirmLabel="Open storefront"
        canConfirm={!tooShort}
        isPending={start.isPending}
        onConfirm={confirm}
        testId="impersonate"
      >
        <Field
          label="Reason"
          htmlFor="impersonate-reason"
          hint={
            tooShort
              ? `At least ${IMPERSONATION_REASON_MIN} characters (${trimmed.length}/${IMPERSONATION_REASON_MIN})`
              : `${trimmed.length}/${TEXT_MAX}`
          }
        >
          <Textarea
            id="impersonate-reason"
            autoFocus
            rows={3}
            maxLength={TEXT_MAX}
            placeholder="e.g. Ticket #4821: the customer cannot find their invoice"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="impersonate-reason"
          />
        </Field>
      </ActionPrompt>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.before",
})

export default CustomerImpersonationWidget
