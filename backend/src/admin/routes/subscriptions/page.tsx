import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCardRefresh } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Heading,
  Input,
  Select,
  Skeleton,
  Table,
  Tabs,
  Text,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { SubscriptionStatusBadge } from "../../components/subscription-status-badge"
import {
  SUBSCRIPTIONS_PAGE_SIZE as PAGE_SIZE,
  SUBSCRIPTION_PATH,
  SUBSCRIPTION_STATUSES,
  customerName,
  daysUntil,
  formatDate,
  productAndPlan,
  relativeDays,
  subscriptionStatusLabel,
  useExpiringSubscriptions,
  useSubscriptions,
  type Subscription,
  type SubscriptionStatus,
} from "../../lib/subscriptions"

type Param = "tab" | "status" | "customer_id" | "product_id" | "auto_renew" | "days" | "offset" | "q"
const FILTERS: Param[] = ["status", "customer_id", "product_id", "auto_renew", "q"]
const EXPIRING_DAYS = ["7", "14", "30"]
const ALL = "__all"

/** An Input that reports its (trimmed) value once typing pauses. */
const FilterInput = ({
  value,
  onChange,
  ...props
}: {
  value: string
  onChange: (value: string) => void
  placeholder: string
  "aria-label": string
  "data-testid": string
}) => {
  const [draft, setDraft] = useState(value)
  useEffect(() => {
    if (value !== draft.trim()) setDraft(value)
  }, [value])
  useEffect(() => {
    if (draft.trim() === value) return
    const timer = setTimeout(() => onChange(draft.trim()), 300)
    return () => clearTimeout(timer)
  }, [draft])
  return (
    <Input
      {...props}
      size="small"
      className="w-[220px]"
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
    />
  )
}

const FilterSelect = ({
  value,
  onChange,
  placeholder,
  options,
  testId,
  allowAll = true,
}: {
  value: string
  onChange: (value: string) => void
  placeholder: string
  options: { value: string; label: string }[]
  testId: string
  allowAll?: boolean
}) => (
  <Select size="small" value={value} onValueChange={(v) => onChange(v === ALL ? "" : v)}>
    <Select.Trigger className="w-[170px]" data-testid={testId} aria-label={placeholder}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      {allowAll && <Select.Item value={ALL}>{placeholder}</Select.Item>}
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

const Expiry = ({ sub }: { sub: Subscription }) => {
  const days = daysUntil(sub)
  const soon = sub.status === "active" && days >= 0 && days <= 7
  return (
    <div className="flex flex-col">
      <span className="text-ui-fg-base">{formatDate(sub.expires_at)}</span>
      <span
        className={
          soon
            ? "text-ui-fg-error txt-compact-xsmall"
            : "text-ui-fg-muted txt-compact-xsmall"
        }
      >
        {sub.status === "pending_payment" ? "starts when paid" : relativeDays(days)}
      </span>
    </div>
  )
}

/** All subscriptions, filterable, plus the ones that expire soon. */
const SubscriptionsPage = () => {
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const param = (name: Param) => searchParams.get(name) ?? ""

  const update = (changes: Partial<Record<Param, string>>) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: true }
    )
  const setFilter = (name: Param, value: string) => update({ [name]: value, offset: "" })

  const tab = param("tab") === "expiring" ? "expiring" : "all"
  const days = EXPIRING_DAYS.includes(param("days")) ? Number(param("days")) : 7
  const offset = Math.max(0, Number(param("offset")) || 0)
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
  const count = data?.count ?? 0
  const pageIndex = Math.floor(offset / PAGE_SIZE)
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const hasFilters =
    (tab === "all" && (status || autoRenew)) || customerId || productId || q ? true : false
  const open = (sub: Subscription) => navigate(SUBSCRIPTION_PATH(sub.id))

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
              onClick={() =>
                update(Object.fromEntries([...FILTERS, "offset"].map((n) => [n, ""])))
              }
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
      ) : !isLoading && subscriptions.length === 0 ? (
        <div
          className="flex flex-col items-center gap-y-2 px-6 py-16 text-center"
          data-testid="subscriptions-empty"
        >
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
      ) : (
        <div className={isFetching && !isLoading ? "opacity-60 transition-opacity" : undefined}>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Number</Table.HeaderCell>
                <Table.HeaderCell>Customer</Table.HeaderCell>
                <Table.HeaderCell>Product</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Expires</Table.HeaderCell>
                <Table.HeaderCell>Auto-renew</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {isLoading
                ? Array.from({ length: 6 }).map((_, i) => (
                    <Table.Row key={i}>
                      {Array.from({ length: 6 }).map((_, j) => (
                        <Table.Cell key={j}>
                          <Skeleton className="h-4 w-full max-w-[140px]" />
                        </Table.Cell>
                      ))}
                    </Table.Row>
                  ))
                : subscriptions.map((sub) => (
                    <Table.Row
                      key={sub.id}
                      className="cursor-pointer"
                      tabIndex={0}
                      onClick={() => open(sub)}
                      onKeyDown={(e) => e.key === "Enter" && open(sub)}
                      data-testid="subscription-row"
                      data-id={sub.id}
                    >
                      <Table.Cell>
                        <span className="txt-compact-small-plus text-ui-fg-base">
                          {sub.number}
                        </span>
                      </Table.Cell>
                      <Table.Cell className="max-w-[260px]">
                        <div className="flex min-w-0 flex-col">
                          <span className="truncate">{sub.customer?.email ?? sub.customer_id}</span>
                          {customerName(sub.customer) && (
                            <span className="text-ui-fg-muted txt-compact-xsmall truncate">
                              {customerName(sub.customer)}
                            </span>
                          )}
                        </div>
                      </Table.Cell>
                      <Table.Cell className="max-w-[260px]">
                        <span className="block truncate">{productAndPlan(sub)}</span>
                      </Table.Cell>
                      <Table.Cell>
                        <SubscriptionStatusBadge status={sub.status} />
                      </Table.Cell>
                      <Table.Cell className="whitespace-nowrap">
                        <Expiry sub={sub} />
                      </Table.Cell>
                      <Table.Cell>
                        <div className="flex items-center gap-x-1">
                          <Badge size="2xsmall" color={sub.auto_renew ? "green" : "grey"}>
                            {sub.auto_renew ? "On" : "Off"}
                          </Badge>
                          {sub.cancel_at_period_end && (
                            <Badge size="2xsmall" color="orange">
                              Ends at period end
                            </Badge>
                          )}
                        </div>
                      </Table.Cell>
                    </Table.Row>
                  ))}
            </Table.Body>
          </Table>
          {!isLoading && (
            <Table.Pagination
              count={count}
              pageSize={PAGE_SIZE}
              pageIndex={pageIndex}
              pageCount={pageCount}
              canPreviousPage={pageIndex > 0}
              canNextPage={pageIndex + 1 < pageCount}
              previousPage={() => update({ offset: String(Math.max(0, offset - PAGE_SIZE)) })}
              nextPage={() => update({ offset: String(offset + PAGE_SIZE) })}
              data-testid="subscriptions-pagination"
            />
          )}
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Subscriptions",
  icon: CreditCardRefresh,
})

export default SubscriptionsPage
