import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import { Link } from "react-router-dom"
import {
  SUBSCRIPTION_PATH,
  customerName,
  daysUntil,
  formatDate,
  productAndPlan,
  relativeDays,
  type Subscription,
} from "../lib/subscriptions"
import { SubscriptionStatusBadge } from "./subscription-status-badge"

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

const Expiry = ({ sub }: { sub: Subscription }) => {
  const days = daysUntil(sub)
  const soon = sub.status === "active" && days >= 0 && days <= 7
  return (
    <div className="flex flex-col">
      <span className="text-ui-fg-base">{formatDate(sub.expires_at)}</span>
      <span className={soon ? "text-ui-fg-error txt-compact-xsmall" : "text-ui-fg-muted txt-compact-xsmall"}>
        {sub.status === "pending_payment" ? "starts when paid" : relativeDays(days)}
      </span>
    </div>
  )
}

const columnHelper = createDataTableColumnHelper<Subscription>()

const product = columnHelper.accessor("product_title", {
  header: "Product",
  maxSize: 260,
  cell: ({ row }) => productAndPlan(row.original),
})
const status = columnHelper.accessor("status", {
  header: "Status",
  cell: ({ getValue }) => <SubscriptionStatusBadge status={getValue()} />,
})

/** The subscription list's columns. */
export const SUBSCRIPTION_COLUMNS = [
  columnHelper.accessor("number", {
    header: "Number",
    cell: ({ getValue }) => <span className="txt-compact-small-plus text-ui-fg-base">{getValue()}</span>,
  }),
  columnHelper.accessor("customer_id", {
    header: "Customer",
    maxSize: 260,
    cell: ({ row }) => {
      const sub = row.original
      const name = customerName(sub.customer)
      return (
        <div className="flex min-w-0 flex-col">
          <span className="truncate">{sub.customer?.email ?? sub.customer_id}</span>
          {name && <span className="text-ui-fg-muted txt-compact-xsmall truncate">{name}</span>}
        </div>
      )
    },
  }),
  product,
  status,
  columnHelper.accessor("expires_at", {
    header: "Expires",
    cell: ({ row }) => <Expiry sub={row.original} />,
  }),
  columnHelper.accessor("auto_renew", {
    header: "Auto-renew",
    cell: ({ row }) => (
      <div className="flex items-center gap-x-1">
        <Badge size="2xsmall" color={row.original.auto_renew ? "green" : "grey"}>
          {row.original.auto_renew ? "On" : "Off"}
        </Badge>
        {row.original.cancel_at_period_end && (
          <Badge size="2xsmall" color="orange">
            Ends at period end
          </Badge>
        )}
      </div>
    ),
  }),
]

/** On a customer's page: the number links to the subscription, the customer goes without saying. */
export const CUSTOMER_SUBSCRIPTION_COLUMNS = [
  columnHelper.accessor("number", {
    header: "Number",
    cell: ({ row }) => (
      <Link
        to={SUBSCRIPTION_PATH(row.original.id)}
        className={linkClass}
        onClick={(e) => e.stopPropagation()}
      >
        {row.original.number}
      </Link>
    ),
  }),
  columnHelper.accessor("product_title", {
    header: "Product",
    maxSize: 220,
    cell: ({ row }) => productAndPlan(row.original),
  }),
  status,
  columnHelper.accessor("expires_at", {
    header: "Expires",
    align: "right",
    cell: ({ row }) => (
      <div className="flex flex-col items-end">
        <span>{formatDate(row.original.expires_at)}</span>
        <span className="text-ui-fg-muted txt-compact-xsmall">{relativeDays(daysUntil(row.original))}</span>
      </div>
    ),
  }),
]
