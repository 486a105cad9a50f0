import { XMarkMini } from "@medusajs/icons"
import { Badge, Button, DatePicker, Text } from "@medusajs/ui"
import { formatDay, parseDay } from "../lib/format"
import {
  CHANNEL_PROVIDERS,
  NOTIFICATION_STATUSES,
  useNotificationTemplates,
  type NotificationChannel,
} from "../lib/notifications"
import { DebouncedInput } from "./debounced-input"
import { FilterSelect } from "./filter-select"
import { statusLabel } from "./notification-status-badge"

/** URL search params that filter the list (the drawer's `id` and `offset` are not filters). */
export const NOTIFICATION_FILTER_PARAMS = [
  "q",
  "to",
  "shopper_id",
  "customer_id",
  "status",
  "template",
  "provider",
  "from",
  "until",
  "archived",
] as const
export type NotificationFilterParam = (typeof NOTIFICATION_FILTER_PARAMS)[number]

/** The filter bar of one channel's log; every value lives in the URL. */
export const NotificationLogFilters = ({
  channel,
  param,
  setFilter,
  clear,
  customerLabel,
}: {
  channel: NotificationChannel
  param: (name: NotificationFilterParam) => string
  setFilter: (name: NotificationFilterParam, value: string) => void
  clear: () => void
  /** the filtered customer's name, when a listed entry tells it */
  customerLabel: string | null
}) => {
  const testId = `${channel}-log`
  const from = parseDay(param("from"))
  const until = parseDay(param("until"))
  const templates = useNotificationTemplates()
  const channelTemplates = (templates.data ?? []).filter((t) => t.channel === channel)
  const template = param("template")
  const templateOptions = [
    ...channelTemplates.map((t) => ({ value: t.name, label: t.label || t.name })),
    ...(template && !channelTemplates.some((t) => t.name === template)
      ? [{ value: template, label: template }]
      : []),
  ]
  const customerId = param("customer_id")
  const hasFilters = NOTIFICATION_FILTER_PARAMS.some((name) => param(name))

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex flex-wrap items-center gap-2">
        <DebouncedInput
          size="small"
          type="search"
          className="w-[260px]"
          placeholder={
            channel === "email"
              ? "Search subject, text, recipient, customer, shopper ID"
              : "Search text, recipient, customer, shopper ID"
          }
          aria-label="Search"
          value={param("q")}
          onChange={(value) => setFilter("q", value)}
          data-testid={`${testId}-search`}
        />
        <DebouncedInput
          size="small"
          className="w-[200px]"
          placeholder={channel === "email" ? "Recipient email" : "Recipient phone"}
          aria-label="Recipient"
          value={param("to")}
          onChange={(value) => setFilter("to", value)}
          data-testid={`${testId}-to-filter`}
        />
        <DebouncedInput
          size="small"
          className="w-[180px]"
          placeholder="Shopper ID"
          aria-label="Shopper ID"
          value={param("shopper_id")}
          onChange={(value) => setFilter("shopper_id", value)}
          data-testid={`${testId}-shopper-filter`}
        />
        {customerId && (
          <Badge size="small" className="gap-x-1" data-testid={`${testId}-customer-filter`}>
            Customer: {customerLabel ?? customerId}
            <button
              type="button"
              aria-label="Remove customer filter"
              className="text-ui-fg-muted hover:text-ui-fg-subtle"
              onClick={() => setFilter("customer_id", "")}
            >
              <XMarkMini />
            </button>
          </Badge>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <FilterSelect
          value={param("status")}
          onChange={(value) => setFilter("status", value)}
          placeholder="All statuses"
          options={NOTIFICATION_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
          testId={`${testId}-status-filter`}
        />
        {templates.isError ? (
          <DebouncedInput
            size="small"
            className="w-[170px]"
            placeholder="Template"
            aria-label="Template"
            value={template}
            onChange={(value) => setFilter("template", value)}
            data-testid={`${testId}-template-filter`}
          />
        ) : (
          <FilterSelect
            value={template}
            onChange={(value) => setFilter("template", value)}
            placeholder="All templates"
            options={templateOptions}
            testId={`${testId}-template-filter`}
          />
        )}
        <FilterSelect
          value={param("provider")}
          onChange={(value) => setFilter("provider", value)}
          placeholder="All providers"
          options={CHANNEL_PROVIDERS[channel].map((p) => ({ value: p, label: p }))}
          testId={`${testId}-provider-filter`}
        />
        {channel === "email" && (
          // the weekly cleanup archives emails after CLEANUP_EMAIL_ARCHIVE_DAYS; still searchable here
          <FilterSelect
            value={param("archived")}
            onChange={(value) => setFilter("archived", value)}
            placeholder="Recent"
            options={[
              { value: "true", label: "Archived" },
              { value: "all", label: "Recent and archived" },
            ]}
            testId={`${testId}-archived-filter`}
          />
        )}
        <div className="flex items-center gap-x-2" data-testid={`${testId}-date-from`}>
          <Text size="small" className="text-ui-fg-subtle">
            From
          </Text>
          <DatePicker
            size="small"
            aria-label="Created from"
            className="w-[150px]"
            value={from}
            maxValue={until ?? undefined}
            onChange={(date) => setFilter("from", date ? formatDay(date) : "")}
          />
        </div>
        <div className="flex items-center gap-x-2" data-testid={`${testId}-date-to`}>
          <Text size="small" className="text-ui-fg-subtle">
            To
          </Text>
          <DatePicker
            size="small"
            aria-label="Created until"
            className="w-[150px]"
            value={until}
            minValue={from ?? undefined}
            onChange={(date) => setFilter("until", date ? formatDay(date) : "")}
          />
        </div>
        {hasFilters && (
          <Button size="small" variant="transparent" onClick={clear}>
            Clear filters
          </Button>
        )}
      </div>
    </div>
  )
}
