import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
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
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"
const LIMIT = 50

/** The customer's subscriptions: state and expiry, each opening its detail page. */
const CustomerSubscriptionsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const navigate = useNavigate()
  const { data, isLoading, error } = useSubscriptions({
    customer_id: customer.id,
    limit: LIMIT,
    offset: 0,
  })
  const subscriptions = data?.subscriptions ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0" data-testid="customer-subscriptions-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Subscriptions</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Hosting plans this customer bought.
          </Text>
        </div>
        {count > 0 && (
          <Badge size="2xsmall" color="grey">
            {count}
          </Badge>
        )}
      </div>

      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load subscriptions: {error.message}
        </Text>
      ) : !isLoading && subscriptions.length === 0 ? (
        <Text
          size="small"
          className="text-ui-fg-subtle px-6 py-6"
          data-testid="customer-subscriptions-empty"
        >
          This customer has no subscriptions.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Expires</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {isLoading
              ? Array.from({ length: 2 }).map((_, i) => (
                  <Table.Row key={i}>
                    {Array.from({ length: 4 }).map((_, j) => (
                      <Table.Cell key={j}>
                        <Skeleton className="h-4 w-full max-w-[120px]" />
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))
              : subscriptions.map((sub) => (
                  <Table.Row
                    key={sub.id}
                    className="cursor-pointer"
                    tabIndex={0}
                    onClick={() => navigate(SUBSCRIPTION_PATH(sub.id))}
                    onKeyDown={(e) => e.key === "Enter" && navigate(SUBSCRIPTION_PATH(sub.id))}
                    data-testid="customer-subscription-row"
                    data-id={sub.id}
                  >
                    <Table.Cell>
                      <Link
                        to={SUBSCRIPTION_PATH(sub.id)}
                        className={linkClass}
                        onClick={(e) => e.stopPropagation()}
                      >
                        {sub.number}
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="max-w-[220px]">
                      <span className="block truncate">{productAndPlan(sub)}</span>
                    </Table.Cell>
                    <Table.Cell>
                      <SubscriptionStatusBadge status={sub.status} />
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap text-right">
                      <div className="flex flex-col items-end">
                        <span>{formatDate(sub.expires_at)}</span>
                        <span className="text-ui-fg-muted txt-compact-xsmall">
                          {relativeDays(daysUntil(sub))}
                        </span>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                ))}
          </Table.Body>
        </Table>
      )}

      {count > subscriptions.length && (
        <div className="flex justify-end px-6 py-3">
          <Link to={`/subscriptions?customer_id=${customer.id}`} className={linkClass}>
            All {count} subscriptions
          </Link>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerSubscriptionsWidget
