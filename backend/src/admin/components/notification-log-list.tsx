import { XMarkMini } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DatePicker,
  Heading,
  Select,
  Skeleton,
  Table,
  Text,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import {
  CHANNEL_PROVIDERS,
  NOTIFICATION_STATUSES,
  PAGE_SIZE,
  customerName,
  formatDateTime,
  useNotificationLogs,
  useNotificationTemplates,
  type NotificationChannel,
  type NotificationLog,
  type NotificationLogFilters,
  type NotificationStatus,
} from "../lib/notifications"
import { DebouncedInput } from "./debounced-input"
import { NotificationLogDrawer } from "./notification-log-drawer"
import { NotificationStatusBadge, statusLabel } from "./notification-status-badge"

/** URL search params that filter the list (the drawer's `id` and `offset` are not filters). */
const FILTER_PARAMS = [
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
type FilterParam = (typeof FILTER_PARAMS)[number]

const COPY: Record<
  NotificationChannel,
  { title: string; description: string; noun: string; plural: string; examples: string }
> = {
  email: {
    title: "Email log",
    description:
      "Every email the platform sent or tried to send. Open one to see it or send it again.",
    noun: "email",
    plural: "emails",
    examples: "order confirmations, password resets, expiry reminders",
  },
  sms: {
    title: "SMS log",
    description:
      "Every text message the platform sent or tried to send. Open one to see it or send it again.",
    noun: "SMS",
    plural: "text messages",
    examples: "verification codes, expiry reminders, suspension notices",
  },
}

/** "2026-03-01" <-> Date at local midnight: the date range is in the admin's time zone. */
function parseDay(value: string | null) {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null
}

function formatDay(date: Date) {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function endOfDay(date: Date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59, 999)
}

const ALL = "__all"

const FilterSelect = ({
  value,
  onChange,
  placeholder,
  options,
  testId,
}: {
  value: string
  onChange: (value: string) => void
  placeholder: string
  options: { value: string; label: string }[]
  testId: string
}) => (
  <Select size="small" value={value} onValueChange={(v) => onChange(v === ALL ? "" : v)}>
    <Select.Trigger className="w-[170px]" data-testid={testId} aria-label={placeholder}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={ALL}>{placeholder}</Select.Item>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

const RowSkeletons = ({ columns }: { columns: number }) => (
  <>
    {Array.from({ length: 6 }).map((_, i) => (
      <Table.Row key={i}>
        {Array.from({ length: columns }).map((_, j) => (
          <Table.Cell key={j}>
            <Skeleton className="h-4 w-full max-w-[160px]" />
          </Table.Cell>
        ))}
      </Table.Row>
    ))}
  </>
)

const Recipient = ({ log }: { log: NotificationLog }) => {
  const name = customerName(log.customer)
  const secondary =
    name && name !== log.to ? name : log.shopper_id ? `Shopper ${log.shopper_id}` : null
  return (
    <div className="flex min-w-0 flex-col">
      <span className="text-ui-fg-base truncate">{log.to}</span>
      {secondary && (
        <span className="text-ui-fg-muted txt-compact-xsmall truncate">{secondary}</span>
      )}
    </div>
  )
}

/**
 * The log of one channel: filters live in the URL (so a filtered view can be
 * shared or linked from a customer), rows open the detail drawer (`?id=`).
 */
export const NotificationLogList = ({ channel }: { channel: NotificationChannel }) => {
  const copy = COPY[channel]
  const [searchParams, setSearchParams] = useSearchParams()
  const param = (name: FilterParam | "id" | "offset") => searchParams.get(name) ?? ""

  const update = (changes: Partial<Record<FilterParam | "id" | "offset", string>>) => {
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value) {
            next.set(key, value)
          } else {
            next.delete(key)
          }
        }
        return next
      },
      { replace: !("id" in changes) }
    )
  }
  // a new filter starts again on the first page
  const setFilter = (name: FilterParam, value: string) => update({ [name]: value, offset: "" })

  const offset = Math.max(0, Number(param("offset")) || 0)
  const from = parseDay(param("from"))
  const until = parseDay(param("until"))

  const filters: NotificationLogFilters = useMemo(
    () => ({
      channel,
      q: param("q"),
      to: param("to"),
      shopper_id: param("shopper_id"),
      customer_id: param("customer_id"),
      status: (param("status") || undefined) as NotificationStatus | undefined,
      template: param("template"),
      provider: param("provider"),
      archived: (param("archived") || undefined) as NotificationLogFilters["archived"],
      created_after: from?.toISOString(),
      created_before: until ? endOfDay(until).toISOString() : undefined,
      limit: PAGE_SIZE,
      offset,
    }),
    [channel, searchParams]
  )

  const { data, isLoading, isFetching, error } = useNotificationLogs(filters)
  const templates = useNotificationTemplates()
  const channelTemplates = (templates.data ?? []).filter((t) => t.channel === channel)
  const template = param("template")
  const templateOptions = [
    ...channelTemplates.map((t) => ({ value: t.name, label: t.label || t.name })),
    ...(template && !channelTemplates.some((t) => t.name === template)
      ? [{ value: template, label: template }]
      : []),
  ]

  const logs = data?.notification_logs ?? []
  const count = data?.count ?? 0
  const pageIndex = Math.floor(offset / PAGE_SIZE)
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const hasFilters = FILTER_PARAMS.some((name) => param(name))
  const customerId = param("customer_id")
  const filteredCustomer = customerId
    ? logs.find((log) => log.customer_id === customerId)?.customer
    : null
  const columns = 6
  const testId = `${channel}-log`

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>{copy.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {copy.description}
          </Text>
        </div>
      </div>

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
              Customer: {customerName(filteredCustomer) ?? customerId}
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
            <Button
              size="small"
              variant="transparent"
              onClick={() =>
                update(Object.fromEntries([...FILTER_PARAMS, "offset"].map((name) => [name, ""])))
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
            Could not load the {copy.title.toLowerCase()}: {error.message}
          </Text>
        </div>
      ) : !isLoading && logs.length === 0 ? (
        <div
          className="flex flex-col items-center gap-y-2 px-6 py-16 text-center"
          data-testid={`${testId}-empty`}
        >
          <Text size="small" weight="plus">
            {hasFilters ? `No ${copy.plural} match these filters` : `No ${copy.plural} yet`}
          </Text>
          <Text size="small" className="text-ui-fg-subtle max-w-[420px]">
            {hasFilters
              ? "Try a wider date range or fewer filters."
              : `Every ${copy.noun} the platform sends (${copy.examples}, messages you ` +
                "write from a customer's page) appears here."}
          </Text>
        </div>
      ) : (
        <div className={isFetching && !isLoading ? "opacity-60 transition-opacity" : undefined}>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Recipient</Table.HeaderCell>
                <Table.HeaderCell>{channel === "email" ? "Subject" : "Message"}</Table.HeaderCell>
                <Table.HeaderCell>Template</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Provider</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Created</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {isLoading ? (
                <RowSkeletons columns={columns} />
              ) : (
                logs.map((log) => (
                  <Table.Row
                    key={log.id}
                    className="cursor-pointer"
                    tabIndex={0}
                    onClick={() => update({ id: log.id })}
                    onKeyDown={(e) => e.key === "Enter" && update({ id: log.id })}
                    data-testid={`${testId}-row`}
                    data-id={log.id}
                  >
                    <Table.Cell className="max-w-[240px]">
                      <Recipient log={log} />
                    </Table.Cell>
                    <Table.Cell className="max-w-[360px]">
                      <span className="text-ui-fg-base block truncate">
                        {channel === "email" ? log.subject || "(no subject)" : log.body_text}
                      </span>
                      {log.resend_of_id && (
                        <span className="text-ui-fg-muted txt-compact-xsmall">Resend</span>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <span className="font-mono text-[12px]">{log.template}</span>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex items-center gap-x-1.5">
                        <NotificationStatusBadge status={log.status} />
                        {log.archived_at && (
                          <Badge size="2xsmall" color="grey">
                            Archived
                          </Badge>
                        )}
                        {log.attempts > 1 && (
                          <span className="text-ui-fg-muted txt-compact-xsmall">
                            ×{log.attempts}
                          </span>
                        )}
                      </div>
                    </Table.Cell>
                    <Table.Cell>{log.provider}</Table.Cell>
                    <Table.Cell className="whitespace-nowrap text-right">
                      {formatDateTime(log.created_at)}
                    </Table.Cell>
                  </Table.Row>
                ))
              )}
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
              data-testid={`${testId}-pagination`}
            />
          )}
        </div>
      )}

      <NotificationLogDrawer
        id={param("id") || null}
        onSelect={(id) => update({ id })}
        onClose={() => update({ id: "" })}
      />
    </Container>
  )
}
