import { XMarkMini } from "@medusajs/icons"
import { Badge, Button, DatePicker, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { RESOURCE_TYPES, actionLabel, resourceTypeLabel, useAdminUsers } from "../lib/action-logs"
import { formatDay, parseDay } from "../lib/format"
import { DebouncedInput } from "./debounced-input"
import { FilterSelect } from "./filter-select"

/** URL search params that filter the list; `action` and `resource_id` come from links ("History of this record"). */
export const ACTION_LOG_FILTER_PARAMS = [
  "actor_id",
  "actor_type",
  "resource_type",
  "resource_id",
  "action",
  "customer_id",
  "from",
  "until",
] as const
export type ActionLogFilterParam = (typeof ACTION_LOG_FILTER_PARAMS)[number]

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

/** A filter that only arrives through the URL, shown as a removable chip. */
const FilterChip = ({
  label,
  onRemove,
  testId,
}: {
  label: string
  onRemove: () => void
  testId: string
}) => (
  <Badge size="small" className="gap-x-1" data-testid={testId}>
    {label}
    <button
      type="button"
      aria-label={`Remove filter ${label}`}
      className="text-ui-fg-muted hover:text-ui-fg-subtle"
      onClick={onRemove}
    >
      <XMarkMini />
    </button>
  </Badge>
)

/** The action log's filter bar; every value lives in the URL. */
export const ActionLogFilters = ({
  param,
  setFilter,
  update,
  clear,
  filteredCustomer,
}: {
  param: (name: ActionLogFilterParam) => string
  setFilter: (name: ActionLogFilterParam, value: string) => void
  update: (changes: Partial<Record<ActionLogFilterParam | "offset", string>>) => void
  clear: () => void
  /** the filtered customer's name, once looked up */
  filteredCustomer: string | null
}) => {
  const admins = useAdminUsers()
  const from = parseDay(param("from"))
  const until = parseDay(param("until"))
  const actorType = param("actor_type")
  const actorId = param("actor_id")
  const resourceType = param("resource_type")
  const customerId = param("customer_id")
  const hasFilters = ACTION_LOG_FILTER_PARAMS.some((name) => param(name))
  const adminOptions = (admins.data ?? []).map((user) => ({ value: user.id, label: user.name }))
  if (actorId && !adminOptions.some((option) => option.value === actorId)) {
    adminOptions.push({ value: actorId, label: actorId })
  }
  const resourceOptions = [
    ...RESOURCE_TYPES,
    ...(resourceType && !RESOURCE_TYPES.includes(resourceType) ? [resourceType] : []),
  ].map((type) => ({ value: type, label: resourceTypeLabel(type) }))

  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4">
      <FilterSelect
        value={actorId}
        onChange={(value) => setFilter("actor_id", value)}
        placeholder="All admins"
        options={adminOptions}
        testId="action-log-admin-filter"
        className="w-[200px]"
      />
      <FilterSelect
        value={actorType === "user" || actorType === "system" ? actorType : ""}
        onChange={(value) => setFilter("actor_type", value)}
        placeholder="Admins and system"
        options={[
          { value: "user", label: "Admins only" },
          { value: "system", label: "System only" },
        ]}
        testId="action-log-actor-type-filter"
      />
      <FilterSelect
        value={resourceType}
        onChange={(value) => update({ resource_type: value, resource_id: "", offset: "" })}
        placeholder="All records"
        options={resourceOptions}
        testId="action-log-resource-type-filter"
      />
      <DebouncedInput
        size="small"
        className="w-[220px]"
        placeholder="Customer ID"
        aria-label="Customer ID"
        value={customerId}
        onChange={(value) => setFilter("customer_id", value)}
        data-testid="action-log-customer-filter"
      />
      <div className="flex items-center gap-x-2" data-testid="action-log-date-from">
        <Text size="small" className="text-ui-fg-subtle">
          From
        </Text>
        <DatePicker
          size="small"
          aria-label="From"
          className="w-[150px]"
          value={from}
          maxValue={until ?? undefined}
          onChange={(date) => setFilter("from", date ? formatDay(date) : "")}
        />
      </div>
      <div className="flex items-center gap-x-2" data-testid="action-log-date-to">
        <Text size="small" className="text-ui-fg-subtle">
          To
        </Text>
        <DatePicker
          size="small"
          aria-label="To"
          className="w-[150px]"
          value={until}
          minValue={from ?? undefined}
          onChange={(date) => setFilter("until", date ? formatDay(date) : "")}
        />
      </div>
      {param("resource_id") && (
        <FilterChip
          label={`${resourceTypeLabel(resourceType || "record")} ${param("resource_id")}`}
          onRemove={() => setFilter("resource_id", "")}
          testId="action-log-resource-filter"
        />
      )}
      {param("action") && (
        <FilterChip
          label={actionLabel(param("action"))}
          onRemove={() => setFilter("action", "")}
          testId="action-log-action-filter"
        />
      )}
      {hasFilters && (
        <Button
          size="small"
          variant="transparent"
          onClick={clear}
          data-testid="action-log-clear-filters"
        >
          Clear filters
        </Button>
      )}
      {filteredCustomer && (
        <Text size="small" className="text-ui-fg-subtle w-full">
          Customer:{" "}
          <Link to={`/customers/${customerId}`} className={linkClass}>
            {filteredCustomer}
          </Link>
        </Text>
      )}
    </div>
  )
}
