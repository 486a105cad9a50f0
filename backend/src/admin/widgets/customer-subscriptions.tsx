import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { CUSTOMER_SUBSCRIPTION_COLUMNS } from "../components/subscription-columns"
import { TaggedRows } from "../components/tagged-rows"
import { rowData } from "../lib/data-table"
import { SUBSCRIPTION_PATH, useSubscriptions, type Subscription } from "../lib/subscriptions"

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
  const table = useDataTable<Subscription>({
    data: subscriptions,
    columns: CUSTOMER_SUBSCRIPTION_COLUMNS,
    getRowId: (sub) => sub.id,
    rowCount: count,
    isLoading,
    onRowClick: (_, row) => navigate(SUBSCRIPTION_PATH(rowData(row).id)),
  })

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
      ) : (
        <TaggedRows testId="customer-subscription-row" ids={subscriptions.map((sub) => sub.id)} keyboard>
          <DataTable instance={table}>
            <DataTable.Table
              emptyState={{
                empty: {
                  custom: (
                    <Text size="small" className="text-ui-fg-subtle" data-testid="customer-subscriptions-empty">
                      This customer has no subscriptions.
                    </Text>
                  ),
                },
              }}
            />
          </DataTable>
        </TaggedRows>
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
