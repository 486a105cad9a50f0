import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import {
  customerName,
  formatDateTime,
  type NotificationChannel,
  type NotificationLog,
} from "../lib/notifications"
import { NotificationStatusBadge } from "./notification-status-badge"

/** The words one channel's log uses. */
export const NOTIFICATION_LOG_COPY: Record<
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

const columnHelper = createDataTableColumnHelper<NotificationLog>()

const columnsFor = (channel: NotificationChannel) => [
  columnHelper.accessor("to", {
    header: "Recipient",
    maxSize: 240,
    cell: ({ row }) => <Recipient log={row.original} />,
  }),
  columnHelper.display({
    id: "message",
    header: channel === "email" ? "Subject" : "Message",
    maxSize: 360,
    cell: ({ row }) => {
      const log = row.original
      return (
        <div className="flex min-w-0 flex-col">
          <span className="text-ui-fg-base block truncate">
            {channel === "email" ? log.subject || "(no subject)" : log.body_text}
          </span>
          {log.resend_of_id && <span className="text-ui-fg-muted txt-compact-xsmall">Resend</span>}
        </div>
      )
    },
  }),
  columnHelper.accessor("template", {
    header: "Template",
    cell: ({ getValue }) => <span className="font-mono text-[12px]">{getValue()}</span>,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ row }) => {
      const log = row.original
      return (
        <div className="flex items-center gap-x-1.5">
          <NotificationStatusBadge status={log.status} />
          {log.archived_at && (
            <Badge size="2xsmall" color="grey">
              Archived
            </Badge>
          )}
          {log.attempts > 1 && (
            <span className="text-ui-fg-muted txt-compact-xsmall">×{log.attempts}</span>
          )}
        </div>
      )
    },
  }),
  columnHelper.accessor("provider", { header: "Provider" }),
  columnHelper.accessor("created_at", {
    header: "Created",
    align: "right",
    cell: ({ getValue }) => <span className="whitespace-nowrap">{formatDateTime(getValue())}</span>,
  }),
]

/** The log's columns per channel (built once: DataTable wants stable column definitions). */
export const NOTIFICATION_LOG_COLUMNS = {
  email: columnsFor("email"),
  sms: columnsFor("sms"),
}
