import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Skeleton, Table, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import {
  actionLabel,
  actorName,
  resourcePath,
  useActionLogActors,
  useActionLogs,
  type ActionLog,
  type ActorUser,
} from "../lib/action-logs"
import { formatDateTime } from "../lib/format"

const PAGE_SIZE = 10

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

const Actor = ({ log, user }: { log: ActionLog; user: ActorUser | undefined }) => {
  if (log.actor_type === "system") {
    return (
      <Badge size="2xsmall" color="grey">
        System
      </Badge>
    )
  }
  const name = actorName(user) ?? log.actor_id ?? "Admin"
  return (
    <Tooltip content={user?.email ?? log.actor_id ?? "Unknown admin"}>
      <span className="block max-w-[160px] truncate" data-testid="customer-action-log-actor">
        {name}
      </span>
    </Tooltip>
  )
}

/** What admins (and the system) did to this customer's account and services, newest first. */
const CustomerActionLogWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const [pageIndex, setPageIndex] = useState(0)
  const { data, isLoading, error } = useActionLogs({
    customer_id: customer.id,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const logs = data?.action_logs ?? []
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const { data: actors } = useActionLogActors(
    logs.flatMap((log) => (log.actor_type === "user" && log.actor_id ? [log.actor_id] : []))
  )

  return (
    <Container className="divide-y p-0" data-testid="customer-action-log-widget">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Action log</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            What support and the system did to this customer's account and services.
          </Text>
        </div>
        <Link
          to={`/action-log?customer_id=${customer.id}`}
          className={`${linkClass} shrink-0 whitespace-nowrap`}
          data-testid="customer-action-log-view-all"
        >
          View all
        </Link>
      </div>

      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load the action log: {error.message}
        </Text>
      ) : !isLoading && logs.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-6" data-testid="customer-action-log-empty">
          Nothing recorded for this customer yet.
        </Text>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Action</Table.HeaderCell>
                  <Table.HeaderCell>By</Table.HeaderCell>
                  <Table.HeaderCell>Reason</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Time</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {isLoading
                  ? Array.from({ length: 3 }).map((_, i) => (
                      <Table.Row key={i}>
                        {Array.from({ length: 4 }).map((_, j) => (
                          <Table.Cell key={j}>
                            <Skeleton className="h-4 w-full max-w-[120px]" />
                          </Table.Cell>
                        ))}
                      </Table.Row>
                    ))
                  : logs.map((log) => {
                      const path = resourcePath(log)
                      return (
                        <Table.Row
                          key={log.id}
                          data-testid="customer-action-log-row"
                          data-action={log.action}
                        >
                          <Table.Cell className="whitespace-nowrap">
                            {path && log.resource_type !== "customer" ? (
                              <Link to={path} className={linkClass}>
                                {actionLabel(log.action)}
                              </Link>
                            ) : (
                              actionLabel(log.action)
                            )}
                          </Table.Cell>
                          <Table.Cell className="whitespace-nowrap">
                            <Actor log={log} user={actors?.get(log.actor_id ?? "")} />
                          </Table.Cell>
                          {/* takes the room left and truncates: long reasons never widen the table */}
                          <Table.Cell className="w-full max-w-0">
                            {log.reason ? (
                              <Tooltip content={<span className="whitespace-pre-wrap">{log.reason}</span>}>
                                <span className="block truncate" data-testid="customer-action-log-reason">
                                  {log.reason}
                                </span>
                              </Tooltip>
                            ) : (
                              <span className="text-ui-fg-muted">—</span>
                            )}
                          </Table.Cell>
                          <Table.Cell className="whitespace-nowrap text-right">
                            {formatDateTime(log.created_at)}
                          </Table.Cell>
                        </Table.Row>
                      )
                    })}
              </Table.Body>
            </Table>
          </div>
          {count > PAGE_SIZE && (
            <Table.Pagination
              count={count}
              pageSize={PAGE_SIZE}
              pageIndex={pageIndex}
              pageCount={pageCount}
              canPreviousPage={pageIndex > 0}
              canNextPage={pageIndex + 1 < pageCount}
              previousPage={() => setPageIndex((i) => Math.max(0, i - 1))}
              nextPage={() => setPageIndex((i) => i + 1)}
            />
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerActionLogWidget
