import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { SubscriptionStatusBadge } from "../components/subscription-status-badge"
import {
  SUBSCRIPTION_PATH,
  daysUntil,
  formatDate,
  productAndPlan,
  relativeDays,
  useSubscriptions,
} from "../lib/subscriptions"

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small-plus"

/**
 * Subscriptions this order created or renewed (the subscription ↔ order
 * link). Hidden for orders without any.
 */
const OrderSubscriptionsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading, error } = useSubscriptions({ order_id: order.id, limit: 100, offset: 0 })
  const subscriptions = data?.subscriptions ?? []

  if (!isLoading && !error && subscriptions.length === 0) {
    return null
  }

  return (
    <Container className="divide-y p-0" data-testid="order-subscriptions-widget">
      <div className="px-6 py-4">
        <Heading level="h2">Subscriptions</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Hosting plans started or renewed by this order.
        </Text>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load subscriptions: {error.message}
        </Text>
      ) : isLoading ? (
        <div className="px-6 py-4">
          <Skeleton className="h-4 w-full max-w-[240px]" />
        </div>
      ) : (
        <ul>
          {subscriptions.map((sub) => (
            <li
              key={sub.id}
              className="flex items-center justify-between gap-x-4 px-6 py-3"
              data-testid="order-subscription"
              data-id={sub.id}
            >
              <div className="flex min-w-0 flex-col">
                <Link to={SUBSCRIPTION_PATH(sub.id)} className={linkClass}>
                  {sub.number}
                </Link>
                <Text size="small" className="text-ui-fg-subtle truncate">
                  {productAndPlan(sub)} · expires {formatDate(sub.expires_at)} (
                  {relativeDays(daysUntil(sub))})
                </Text>
              </div>
              <SubscriptionStatusBadge status={sub.status} />
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderSubscriptionsWidget
