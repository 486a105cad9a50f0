import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Copy, Heading, Skeleton, StatusBadge, Text, Tooltip } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import {
  CustomerSecurityActions,
  MarkVerifiedButton,
  type SecurityDialog,
} from "../components/customer-security-actions"
import {
  ACCOUNT_STATUS_STYLE,
  FACTOR_LABELS,
  FACTOR_ORDER,
  isLocked,
  isWarningEvent,
  securityEventLabel,
  securityEventDetail,
  useCustomerSecurity,
  type CustomerSecurity,
  type SecurityEvent,
} from "../lib/account-security"
import { formatDateTime, formatRelative } from "../lib/format"

/** Events shown before "Show all". */
const EVENTS_SHOWN = 8

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <div
    className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-3"
    data-testid={testId}
  >
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base flex min-w-0 flex-col items-start gap-y-1 break-words">
      {children}
    </div>
  </div>
)

const Verified = ({ at, testId }: { at: string | null; testId: string }) =>
  at ? (
    <span className="flex flex-wrap items-center gap-x-2" data-testid={testId} data-verified="true">
      <Badge size="2xsmall" color="green">
        Verified
      </Badge>
      <span className="text-ui-fg-subtle">{formatDateTime(at)}</span>
    </span>
  ) : (
    <Badge size="2xsmall" color="orange" data-testid={testId} data-verified="false">
      Not verified
    </Badge>
  )

/** A coloured strip under the header: suspended, locked out or deleted. */
const Notice = ({
  tone,
  title,
  children,
  testId,
}: {
  tone: "orange" | "red" | "grey"
  title: string
  children?: ReactNode
  testId: string
}) => {
  const style = {
    orange: "bg-ui-tag-orange-bg text-ui-tag-orange-text",
    red: "bg-ui-tag-red-bg text-ui-tag-red-text",
    grey: "bg-ui-tag-neutral-bg text-ui-tag-neutral-text",
  }[tone]
  return (
    <div className={`${style} px-6 py-3`} data-testid={testId}>
      <Text size="small" weight="plus" className="text-inherit">
        {title}
      </Text>
      {children && (
        <Text size="small" className="whitespace-pre-wrap text-inherit">
          {children}
        </Text>
      )}
    </div>
  )
}

const SecurityDetails = ({
  customerId,
  security,
}: {
  customerId: string
  security: CustomerSecurity
}) => {
  const [dialog, setDialog] = useState<SecurityDialog | null>(null)
  const status = ACCOUNT_STATUS_STYLE[security.status] ?? { color: "grey", label: security.status }
  const enabled = FACTOR_ORDER.filter((provider) =>
    security.factors.some((f) => f.provider === provider && f.status === "enabled")
  )
  const pending = FACTOR_ORDER.filter(
    (provider) =>
      !enabled.includes(provider) &&
      security.factors.some((f) => f.provider === provider && f.status === "pending")
  )

  return (
    <>
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">Account security</Heading>
        <StatusBadge
          color={status.color}
          data-testid="customer-security-status"
          data-status={security.status}
        >
          {status.label}
        </StatusBadge>
      </div>

      {security.status === "suspended" && (
        <Notice
          tone="orange"
          title={`Suspended${security.suspended_at ? ` on ${formatDateTime(security.suspended_at)}` : ""}`}
          testId="customer-security-suspension"
        >
          {security.suspension_reason}
        </Notice>
      )}
      {security.status === "deleted" && (
        <Notice tone="grey" title="Deleted by the customer" testId="customer-security-deleted">
          Sign-in is refused; the account can't be changed.
        </Notice>
      )}
      {isLocked(security) && (
        <Notice
          tone="red"
          title={`Locked until ${formatDateTime(security.locked_until)}`}
          testId="customer-security-locked"
        >
          Too many failed sign-ins. The lock lifts by itself.
        </Notice>
      )}

      <Row label="Shopper ID" testId="customer-security-shopper-id">
        {security.shopper_id ? (
          <span className="flex items-center gap-x-1">
            <span className="font-mono">{security.shopper_id}</span>
            <Copy content={security.shopper_id} className="text-ui-fg-muted" />
          </span>
        ) : (
          "—"
        )}
      </Row>
      <Row label="Email" testId="customer-security-email">
        <span className="max-w-full break-all">{security.email ?? "—"}</span>
        <Verified at={security.email_verified_at} testId="customer-security-email-verified" />
        {!security.email_verified_at && security.status !== "deleted" && (
          <MarkVerifiedButton onClick={() => setDialog("verify-email")} />
        )}
      </Row>
      <Row label="Phone" testId="customer-security-phone">
        {security.phone ? (
          <>
            <span>{security.phone}</span>
            <Verified at={security.phone_verified_at} testId="customer-security-phone-verified" />
          </>
        ) : (
          <span className="text-ui-fg-subtle">None</span>
        )}
      </Row>
      {security.has_login !== undefined && (
        <Row label="Password" testId="customer-security-password">
          {!security.has_login ? (
            <span className="text-ui-fg-subtle">None: guest checkout only</span>
          ) : security.password_changed_at ? (
            <span>Changed {formatDateTime(security.password_changed_at)}</span>
          ) : (
            <span>Set at registration</span>
          )}
        </Row>
      )}
      <Row label="Two-factor" testId="customer-security-factors">
        {enabled.length === 0 && pending.length === 0 ? (
          <Badge size="2xsmall" color="grey">
            Off
          </Badge>
        ) : (
          <div className="flex flex-wrap gap-1">
            {enabled.map((provider) => (
              <Badge
                key={provider}
                size="2xsmall"
                color="green"
                data-testid="customer-security-factor"
                data-provider={provider}
              >
                {FACTOR_LABELS[provider]}
              </Badge>
            ))}
            {pending.map((provider) => (
              <Tooltip key={provider} content="Set up started, not confirmed yet: not used at sign-in">
                <Badge size="2xsmall" color="grey" data-testid="customer-security-factor-pending">
                  {FACTOR_LABELS[provider]} (pending)
                </Badge>
              </Tooltip>
            ))}
          </div>
        )}
      </Row>
      <Row label="Recovery codes" testId="customer-security-recovery-codes">
        {security.recovery_codes_remaining > 0 ? (
          <span>
            {security.recovery_codes_remaining}{" "}
            {security.recovery_codes_remaining === 1 ? "code" : "codes"} left
          </span>
        ) : enabled.length > 0 ? (
          <Badge size="2xsmall" color="orange">
            None left
          </Badge>
        ) : (
          <span className="text-ui-fg-subtle">None</span>
        )}
      </Row>

      <div className="px-6 py-4">
        <CustomerSecurityActions
          customerId={customerId}
          security={security}
          dialog={dialog}
          onDialogChange={setDialog}
        />
      </div>
    </>
  )
}

const EventRow = ({ event }: { event: SecurityEvent }) => {
  const detail = [securityEventDetail(event), event.ip].filter(Boolean).join(" · ")
  return (
    <li
      className="flex items-start justify-between gap-x-4 px-6 py-2.5"
      data-testid="customer-security-event"
      data-type={event.type}
    >
      <div className="flex min-w-0 flex-col">
        <Text
          size="small"
          weight="plus"
          leading="compact"
          className={isWarningEvent(event.type) ? "text-ui-fg-error" : undefined}
        >
          {securityEventLabel(event.type)}
        </Text>
        {detail && (
          <Text size="xsmall" leading="compact" className="text-ui-fg-muted truncate">
            {detail}
          </Text>
        )}
      </div>
      <Tooltip content={formatDateTime(event.created_at)}>
        <Text size="small" leading="compact" className="text-ui-fg-subtle shrink-0 whitespace-nowrap">
          {formatRelative(event.created_at)}
        </Text>
      </Tooltip>
    </li>
  )
}

const SecurityActivity = ({ events }: { events: SecurityEvent[] }) => {
  const [showAll, setShowAll] = useState(false)
  const shown = showAll ? events : events.slice(0, EVENTS_SHOWN)
  return (
    <Container className="divide-y p-0" data-testid="customer-security-activity">
      <div className="px-6 py-4">
        <Heading level="h2">Recent security activity</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Sign-ins, codes and account changes, newest first.
        </Text>
      </div>
      {events.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No security activity yet.
        </Text>
      ) : (
        <ul className="divide-y">
          {shown.map((event) => (
            <EventRow key={event.id} event={event} />
          ))}
        </ul>
      )}
      {events.length > EVENTS_SHOWN && (
        <div className="flex justify-end px-6 py-3">
          <Button size="small" variant="transparent" onClick={() => setShowAll(!showAll)}>
            {showAll ? "Show fewer" : `Show all ${events.length}`}
          </Button>
        </div>
      )}
    </Container>
  )
}

/** Account status, verification, second factors and the support actions; then recent sign-in activity. */
const CustomerAccountSecurityWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data: security, isLoading, error } = useCustomerSecurity(customer.id)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="customer-security-widget">
        {error ? (
          <>
            <div className="px-6 py-4">
              <Heading level="h2">Account security</Heading>
            </div>
            <Text size="small" className="text-ui-fg-error px-6 py-4">
              Could not load account security: {error.message}
            </Text>
          </>
        ) : isLoading || !security ? (
          <>
            <div className="px-6 py-4">
              <Heading level="h2">Account security</Heading>
            </div>
            <div className="flex flex-col gap-y-3 px-6 py-4">
              {Array.from({ length: 5 }).map((_, i) => (
                <Skeleton key={i} className="h-4 w-full max-w-[320px]" />
              ))}
            </div>
          </>
        ) : (
          <SecurityDetails customerId={customer.id} security={security} />
        )}
      </Container>
      {security && <SecurityActivity events={security.events ?? []} />}
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
})

export default CustomerAccountSecurityWidget
