import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCardRefresh } from "@medusajs/icons"
import { Button, Container, DataTable, Heading, Tabs, Text, useDataTable } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { DebouncedInput } from "../../components/debounced-input"
import { FilterSelect } from "../../components/filter-select"
import { SUBSCRIPTION_COLUMNS } from "../../components/subscription-columns"
import { TaggedRows } from "../../components/tagged-rows"
import { useUrlParams } from "../../hooks/use-url-params"
import { rowData } from "../../lib/data-table"
import {
  SUBSCRIPTIONS_PAGE_SIZE as PAGE_SIZE,
  SUBSCRIPTION_PATH,
  SUBSCRIPTION_STATUSES,
  subscriptionStatusLabel,
  useExpiringSubscriptions,
  useSubscriptions,
  type Subscription,
  type SubscriptionStatus,
} from "../../lib/subscriptions"

type Param = "tab" | "status" | "customer_id" | "product_id" | "auto_renew" | "days" | "q"
const FILTERS: Param[] = ["status", "customer_id", "product_id", "auto_renew", "q"]
const EXPIRING_DAYS = ["7", "14", "30"]

/** The search and ID filters: typed, applied once typing pauses. */
const FilterInput = (props: {
  value: string
  onChange: (value: string) => void
  placeholder: string
  "aria-label": string
  "data-testid": string
}) => <DebouncedInput {...props} size="small" className="w-[220px]" />

/** All subscriptions, filterable, plus the ones that expire soon. */
const SubscriptionsPage = () => {
  const navigate = useNavigate()
  const { param, update, setFilter, clear, offset, pagination } = useUrlParams<Param>(PAGE_SIZE)

  const tab = param("tab") === "expiring" ? "expiring" : "all"
  const days = EXPIRING_DAYS.includes(param("days")) ? Number(param("days")) : 7
  const status = param("status") as SubscriptionStatus | ""
  const customerId = param("customer_id")
  const productId = param("product_id")
  const autoRenew = param("auto_renew") as "true" | "false" | ""
  const q = param("q")

  // "Expiring soon" uses the expiring route; with a customer / product filter the
  // list route's expiring_within_days does the same (active, expiring within N days).
  const expiringViaList = tab === "expiring" && !!(customerId || productId || q)
  const list = useSubscriptions(
    {
      status: tab === "expiring" ? "active" : status || undefined,
      customer_id: customerId || undefined,
      product_id: productId || undefined,
      auto_renew: tab === "all" ? autoRenew || undefined : undefined,
      expiring_within_days: tab === "expiring" ? days : undefined,
      q: q || undefined,
      limit: PAGE_SIZE,
      offset,
    },
    { enabled: tab === "all" || expiringViaList }
  )
  const expiring = useExpiringSubscriptions(
    { days, limit: PAGE_SIZE, offset },
    { enabled: tab === "expiring" && !expiringViaList }
  )
  const { data, isLoading, isFetching, error } =
    tab === "expiring" && !expiringViaList ? expiring : list

  const subscriptions = data?.subscriptions ?? []
  const hasFilters =
    (tab === "all" && (status || autoRenew)) || customerId || productId || q ? true : false
  const table = useDataTable<Subscription>({
    data: subscriptions,
    columns: SUBSCRIPTION_COLUMNS,
    getRowId: (sub) => sub.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination,
    onRowClick: (_, row) => navigate(SUBSCRIPTION_PATH(rowData(row).id)),
  })

  return (
    <Container className="divide-y p-0" data-testid="subscriptions-page">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>Subscriptions</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Hosting plans customers bought: their state, expiry and renewals.
          </Text>
        </div>
      </div>

      <div className="flex flex-col gap-y-3 px-6 py-4">
        <Tabs
          value={tab}
          onValueChange={(value) =>
            update({ tab: value === "expiring" ? "expiring" : "", offset: "" })
          }
        >
          <Tabs.List>
            <Tabs.Trigger value="all" data-testid="subscriptions-tab-all">
              All
            </Tabs.Trigger>
            <Tabs.Trigger value="expiring" data-testid="subscriptions-tab-expiring">
              Expiring soon
            </Tabs.Trigger>
          </Tabs.List>
        </Tabs>
        <div className="flex flex-wrap items-center gap-2">
          {tab === "all" ? (
            <>
              <FilterSelect
                value={status}
                onChange={(value) => setFilter("status", value)}
                placeholder="All statuses"
                options={SUBSCRIPTION_STATUSES.map((s) => ({
                  value: s,
                  label: subscriptionStatusLabel(s),
                }))}
                testId="subscriptions-status-filter"
              />
              <FilterSelect
                value={autoRenew}
                onChange={(value) => setFilter("auto_renew", value)}
                placeholder="Any auto-renew"
                options={[
                  { value: "true", label: "Auto-renew on" },
                  { value: "false", label: "Auto-renew off" },
                ]}
                testId="subscriptions-auto-renew-filter"
              />
            </>
          ) : (
            <FilterSelect
              value={String(days)}
              onChange={(value) => setFilter("days", value === "7" ? "" : value)}
              placeholder="Expiring within"
              allowAll={false}
              options={EXPIRING_DAYS.map((d) => ({ value: d, label: `Within ${d} days` }))}
              testId="subscriptions-expiring-days"
            />
          )}
          <FilterInput
            placeholder="Search email, name, shopper ID, SUB-…"
            aria-label="Search subscriptions"
            value={q}
            onChange={(value) => setFilter("q", value)}
            data-testid="subscriptions-search"
          />
          <FilterInput
            placeholder="Customer ID"
            aria-label="Customer ID"
            value={customerId}
            onChange={(value) => setFilter("customer_id", value)}
            data-testid="subscriptions-customer-filter"
          />
          <FilterInput
            placeholder="Product ID"
            aria-label="Product ID"
            value={productId}
            onChange={(value) => setFilter("product_id", value)}
            data-testid="subscriptions-product-filter"
          />
          {hasFilters && (
            <Button
              size="small"
              variant="transparent"
              onClick={() => clear(FILTERS)}
            >
              Clear filters
            </Button>
          )}
        </div>
      </div>

      {error ? (
        <div className="px-6 py-8">
          <Text size="small" className="text-ui-fg-error">
            Could not load subscriptions: {error.message}
          </Text>
        </div>
      ) : (
        <TaggedRows
          testId="subscription-row"
          ids={subscriptions.map((sub) => sub.id)}
          keyboard
          className={isFetching && !isLoading ? "opacity-60 transition-opacity" : undefined}
        >
          <DataTable instance={table}>
            <DataTable.Table
              emptyState={{
                empty: {
                  custom: (
                    <div className="flex flex-col items-center gap-y-2 text-center" data-testid="subscriptions-empty">
                      <Text size="small" weight="plus">
                        {tab === "expiring"
                          ? `No active subscription expires within ${days} days`
                          : hasFilters
                            ? "No subscriptions match these filters"
                            : "No subscriptions yet"}
                      </Text>
                      <Text size="small" className="text-ui-fg-subtle max-w-[420px]">
                        {tab === "expiring"
                          ? "Try a longer window."
                          : hasFilters
                            ? "Try fewer filters."
                            : "A subscription starts when a customer buys a hosting plan."}
                      </Text>
                    </div>
                  ),
                },
              }}
            />
            <div data-testid="subscriptions-pagination">
              <DataTable.Pagination />
            </div>
          </DataTable>
        </TaggedRows>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Subscriptions",
  icon: CreditCardRefresh,
})

export default SubscriptionsPage
