import { Badge, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link, useParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { SubscriptionActions } from "../../../components/subscription-actions"
import { SubscriptionService } from "../../../components/subscription-service"
import { SubscriptionStatusBadge } from "../../../components/subscription-status-badge"
import { Timeline } from "../../../components/subscription-timeline"
import { sdk } from "../../../lib/sdk"
import {
  customerName,
  daysUntil,
  formatAmount,
  formatDate,
  formatDateTime,
  formatInterval,
  relativeDays,
  useSubscription,
  type SubscriptionDetail,
  type SubscriptionUnpaidOrder,
} from "../../../lib/subscriptions"

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <div
    className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-3"
    data-testid={testId}
  >
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base min-w-0 break-words">{children}</div>
  </div>
)

const YesNo = ({ value }: { value: boolean }) => (
  <Badge size="2xsmall" color={value ? "green" : "grey"}>
    {value ? "Yes" : "No"}
  </Badge>
)

const Orders = ({ subscription }: { subscription: SubscriptionDetail }) => {
  const orders = [...(subscription.orders ?? [])].sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )
  return (
    <Container className="divide-y p-0" data-testid="subscription-orders">
      <div className="px-6 py-4">
        <Heading level="h2">Orders</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The purchase and every renewal.
        </Text>
      </div>
      {orders.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No orders linked.
        </Text>
      ) : (
        orders.map((order) => (
          <div
            key={order.id}
            className="flex items-center justify-between gap-x-4 px-6 py-3"
            data-testid="subscription-order"
          >
            <div className="flex items-center gap-x-2">
              <Link to={`/orders/${order.id}`} className={linkClass}>
                {order.display_id ? `#${order.display_id}` : order.id}
              </Link>
              {order.id === subscription.order_id && (
                <Badge size="2xsmall" color="blue">
                  Purchase
                </Badge>
              )}
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {formatDateTime(order.created_at)}
            </Text>
          </div>
        ))
      )}
    </Container>
  )
}

const UNPAID_TITLE: Record<SubscriptionUnpaidOrder["kind"], string> = {
  first: "Awaiting payment: the term starts when the order is paid",
  renewal: "Renewal invoice unpaid: the service continues when it is paid",
  upgrade: "Upgrade unpaid: the plan switches when it is paid",
}

const orderLabel = (order: { id: string; display_id: number | null }) =>
  order.display_id ? `#${order.display_id}` : order.id

/** An order of the subscription waiting for payment, or a pending subscription without one. */
const PaymentBanner = ({ subscription: sub }: { subscription: SubscriptionDetail }) => {
  const order = sub.unpaid_order
  if (!order && sub.status !== "pending_payment") return null
  return (
    <div
      className="bg-ui-tag-blue-bg flex flex-wrap items-start justify-between gap-x-4 gap-y-1 px-6 py-3"
      data-testid="subscription-payment-banner"
      data-kind={order?.kind ?? "first"}
    >
      <div className="flex flex-col">
        <Text size="small" weight="plus" className="text-ui-tag-blue-text">
          {order ? UNPAID_TITLE[order.kind] ?? UNPAID_TITLE.first : "Awaiting payment"}
        </Text>
        <Text size="small" className="text-ui-tag-blue-text">
          {order
            ? `Order ${orderLabel(order)} · ${formatAmount(order.total, order.currency_code)} due by ${formatDate(order.due_at)}`
            : "The term starts when its payment is captured."}
        </Text>
      </div>
      {order && (
        <Link to={`/orders/${order.id}`} className={linkClass}>
          View order
        </Link>
      )}
    </div>
  )
}

const General = ({ subscription: sub }: { subscription: SubscriptionDetail }) => {
  const days = daysUntil(sub)
  const name = customerName(sub.customer)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading data-testid="subscription-number">{sub.number}</Heading>
            <SubscriptionStatusBadge status={sub.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {[sub.product_title, sub.plan].filter(Boolean).join(" · ")}
          </Text>
        </div>
        <SubscriptionActions subscription={sub} />
      </div>
      {sub.status === "suspended" && (
        <div className="bg-ui-tag-orange-bg px-6 py-3" data-testid="subscription-suspension">
          <Text size="small" weight="plus" className="text-ui-tag-orange-text">
            Suspended {sub.suspended_at ? `on ${formatDateTime(sub.suspended_at)}` : ""}
          </Text>
          {sub.suspension_reason && (
            <Text size="small" className="text-ui-tag-orange-text">
              {sub.suspension_reason}
            </Text>
          )}
        </div>
      )}
      <PaymentBanner subscription={sub} />
      <Row label="Customer">
        <div className="flex flex-col">
          <Link to={`/customers/${sub.customer_id}`} className={linkClass}>
            {sub.customer?.email ?? sub.customer_id}
          </Link>
          {name && <span className="text-ui-fg-subtle">{name}</span>}
        </div>
      </Row>
      <Row label="Product / plan">
        {sub.product_id ? (
          <Link to={`/products/${sub.product_id}`} className={linkClass}>
            {sub.product_title ?? sub.product_id}
          </Link>
        ) : (
          (sub.product_title ?? "-")
        )}
        {sub.plan && <span className="text-ui-fg-subtle"> · {sub.plan}</span>}
      </Row>
      <Row label="Amount">
        {formatAmount(sub.amount, sub.currency_code)}{" "}
        <span className="text-ui-fg-subtle">{sub.currency_code.toUpperCase()}</span>
      </Row>
      <Row label="Billing interval">
        {formatInterval(sub.billing_interval, sub.billing_interval_count)}
      </Row>
      <Row label="Started">{formatDateTime(sub.started_at)}</Row>
      <Row label="Current period">
        {formatDate(sub.current_period_start)} – {formatDate(sub.expires_at)}
      </Row>
      <Row label="Expires" testId="subscription-expires">
        {formatDateTime(sub.expires_at)}
      </Row>
      <Row label="Days left">
        {sub.status === "pending_payment" ? (
          <span className="text-ui-fg-subtle">Starts when paid</span>
        ) : (
          <>
            <span className={sub.status === "active" && days >= 0 && days <= 7 ? "text-ui-fg-error" : undefined}>
              {days > 0 ? days : 0}
            </span>
            <span className="text-ui-fg-subtle"> ({relativeDays(days)})</span>
          </>
        )}
      </Row>
      <Row label="Auto-renew">
        <YesNo value={sub.auto_renew} />
      </Row>
      <Row label="Saved card" testId="subscription-saved-card">
        <YesNo value={sub.has_saved_card} />
        {sub.auto_renew && !sub.has_saved_card && (
          <span className="text-ui-fg-subtle"> · renewals are invoiced (bank transfer)</span>
        )}
      </Row>
      <Row label="Scheduled change" testId="subscription-scheduled-change">
        {sub.scheduled_change ? (
          <>
            {[
              sub.scheduled_change.plan,
              formatInterval(
                sub.scheduled_change.billing_interval,
                sub.scheduled_change.billing_interval_count
              ),
              formatAmount(sub.scheduled_change.amount, sub.scheduled_change.currency_code),
            ].join(" · ")}
            <span className="text-ui-fg-subtle">
              {" "}
              on {formatDate(sub.scheduled_change.effective_at)}
            </span>
          </>
        ) : (
          "-"
        )}
      </Row>
      <Row label="Unpaid order" testId="subscription-unpaid-order">
        {sub.unpaid_order ? (
          <>
            <Link to={`/orders/${sub.unpaid_order.id}`} className={linkClass}>
              {orderLabel(sub.unpaid_order)}
            </Link>
            <span className="text-ui-fg-subtle">
              {" "}
              · {formatAmount(sub.unpaid_order.total, sub.unpaid_order.currency_code)} due by{" "}
              {formatDate(sub.unpaid_order.due_at)}
            </span>
          </>
        ) : (
          "-"
        )}
      </Row>
      <Row label="Cancel at period end">
        <YesNo value={sub.cancel_at_period_end} />
      </Row>
      <Row label="Grace days">{sub.grace_days}</Row>
      <Row label="Suspension reason">{sub.suspension_reason ?? "-"}</Row>
      {sub.cancelled_at && <Row label="Cancelled">{formatDateTime(sub.cancelled_at)}</Row>}
    </Container>
  )
}

const SubscriptionDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, error } = useSubscription(id)
  const subscription = data?.subscription

  if (isLoading) {
    return (
      <div className="flex flex-col gap-y-3">
        <Container className="flex flex-col gap-y-3 p-6">
          <Skeleton className="h-7 w-48" />
          {Array.from({ length: 6 }).map((_, i) => (
            <Skeleton key={i} className="h-4 w-full max-w-[420px]" />
          ))}
        </Container>
      </div>
    )
  }

  if (error || !subscription) {
    return (
      <Container className="px-6 py-8">
        <Heading>Subscription not found</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1">
          {error?.message ?? "This subscription does not exist."}{" "}
          <Link to="/subscriptions" className={linkClass}>
            Back to subscriptions
          </Link>
        </Text>
      </Container>
    )
  }

  return (
    <div className="flex w-full flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <General subscription={subscription} />
        <SubscriptionService subscription={subscription} />
        <Orders subscription={subscription} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
        <Timeline events={subscription.events ?? []} />
      </div>
    </div>
  )
}

type LoaderData = { subscription: SubscriptionDetail } | null

/** Fetches the number for the breadcrumb; the page itself refetches through react-query. */
export const loader = async ({ params }: LoaderFunctionArgs): Promise<LoaderData> => {
  try {
    return await sdk.client.fetch<{ subscription: SubscriptionDetail }>(
      `/admin/subscriptions/${params.id}`
    )
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: UIMatch<LoaderData>) =>
    match.data?.subscription?.number ?? "Subscription",
}

export default SubscriptionDetailPage
