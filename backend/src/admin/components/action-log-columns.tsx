import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import type { MouseEvent } from "react"
import { Link } from "react-router-dom"
import {
  actionLabel,
  actorName,
  changedFields,
  logCustomerName,
  resourcePath,
  resourceTypeLabel,
  type ActionLog,
  type ActorUser,
  type LogCustomer,
} from "../lib/action-logs"
import { formatDateTime } from "../lib/format"

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

/** A link inside a clickable row: follows the link, doesn't open the drawer. */
const stop = (e: MouseEvent) => e.stopPropagation()

const None = () => <span className="text-ui-fg-muted">—</span>

const columnHelper = createDataTableColumnHelper<ActionLog>()

/** The action log's columns; admins' and customers' names come from the lookups of the page. */
export const actionLogColumns = (
  actors: Map<string, ActorUser> | undefined,
  customers: Map<string, LogCustomer> | undefined
) => [
  columnHelper.accessor("created_at", {
    header: "Time",
    size: 160,
    cell: ({ row }) => (
      <span
        data-testid="action-log-row"
        data-id={row.original.id}
        data-action={row.original.action}
      >
        {formatDateTime(row.original.created_at)}
      </span>
    ),
  }),
  columnHelper.accessor("actor_id", {
    header: "Admin",
    size: 110,
    maxSize: 130,
    cell: ({ row }) => {
      const log = row.original
      if (log.actor_type === "system") {
        return (
          <Badge size="2xsmall" color="grey">
            System
          </Badge>
        )
      }
      const user = actors?.get(log.actor_id ?? "")
      return (
        <span data-testid="action-log-actor">{actorName(user) ?? log.actor_id ?? "Admin"}</span>
      )
    },
  }),
  // not "action": DataTable keeps that id for its row-actions column
  columnHelper.accessor("action", {
    id: "action_label",
    header: "Action",
    size: 160,
    maxSize: 190,
    cell: ({ getValue }) => actionLabel(getValue()),
  }),
  columnHelper.accessor("resource_id", {
    header: "Record",
    size: 160,
    maxSize: 180,
    cell: ({ row }) => {
      const log = row.original
      const path = resourcePath(log)
      return (
        <span>
          <span className="text-ui-fg-subtle">{resourceTypeLabel(log.resource_type)}</span>
          {log.resource_id !== "-" && " "}
          {path ? (
            <Link
              to={path}
              onClick={stop}
              className={`${linkClass} font-mono text-[12px]`}
              data-testid="action-log-resource-link"
            >
              {log.resource_id}
            </Link>
          ) : log.resource_id !== "-" ? (
            <span className="font-mono text-[12px]">{log.resource_id}</span>
          ) : null}
        </span>
      )
    },
  }),
  columnHelper.accessor("customer_id", {
    header: "Customer",
    size: 120,
    maxSize: 150,
    cell: ({ getValue }) => {
      const id = getValue()
      return id ? (
        <Link
          to={`/customers/${id}`}
          onClick={stop}
          className={linkClass}
          data-testid="action-log-customer-link"
        >
          {logCustomerName(customers?.get(id)) ?? id}
        </Link>
      ) : (
        <None />
      )
    },
  }),
  columnHelper.accessor("reason", {
    header: "Reason",
    size: 140,
    maxSize: 180,
    cell: ({ getValue }) => getValue() || <None />,
  }),
  columnHelper.display({
    id: "fields",
    header: "Changed fields",
    size: 110,
    maxSize: 140,
    cell: ({ row }) => {
      const fields = changedFields(row.original)
      return fields.length ? (
        <span className="font-mono text-[12px]">{fields.join(", ")}</span>
      ) : (
        <None />
      )
    },
  }),
  columnHelper.accessor("ip", {
    header: "IP",
    size: 90,
    maxSize: 110,
    cell: ({ getValue }) =>
      getValue() ? <span className="font-mono text-[12px]">{getValue()}</span> : <None />,
  }),
]
