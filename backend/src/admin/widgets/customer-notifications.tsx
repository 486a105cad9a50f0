import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import {
  Badge,
  Button,
  Container,
  DataTable,
  Heading,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { NotificationStatusBadge } from "../components/notification-status-badge"
import { SendCustomerMessageDrawer } from "../components/send-customer-message-drawer"
import { TaggedRows } from "../components/tagged-rows"
import { rowData } from "../lib/data-table"
import {
  CHANNEL_LOG_PATH,
  formatDateTime,
  useNotificationLogs,
  type NotificationChannel,
  type NotificationLog,
} from "../lib/notifications"

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

const logLink = (log: Pick<NotificationLog, "channel" | "id">, customerId: string) =>
  `${CHANNEL_LOG_PATH[log.channel]}?customer_id=${customerId}&id=${log.id}`

const columnHelper = createDataTableColumnHelper<NotificationLog>()
const COLUMNS = [
  columnHelper.accessor("channel", {
    header: "Channel",
    cell: ({ getValue }) => (
      <Badge size="2xsmall" color={getValue() === "email" ? "blue" : "purple"}>
        {getValue() === "email" ? "Email" : "SMS"}
      </Badge>
    ),
  }),
  columnHelper.display({
    id: "message",
    header: "Message",
    maxSize: 320,
    cell: ({ row }) =>
      row.original.channel === "email" ? row.original.subject || "(no subject)" : row.original.body_text,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <NotificationStatusBadge status={getValue()} />,
  }),
  columnHelper.accessor("sent_at", {
    header: "Sent",
    align: "right",
    cell: ({ row }) => (
      <span className="whitespace-nowrap">{formatDateTime(row.original.sent_at ?? row.original.created_at)}</span>
    ),
  }),
]

/** The customer's latest emails and SMS, and one-off messages to them. */
const CustomerNotificationsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const navigate = useNavigate()
  // the channel outlives `open` so the drawer keeps its form while it animates closed
  const [composeChannel, setComposeChannel] = useState<NotificationChannel>("email")
  const [composing, setComposing] = useState(false)
  const compose = (channel: NotificationChannel) => {
    setComposeChannel(channel)
    setComposing(true)
  }
  const { data, isLoading, error } = useNotificationLogs({
    customer_id: customer.id,
    // the customer's whole history, archived emails included
    archived: "all",
    limit: 10,
    offset: 0,
  })
  const logs = data?.notification_logs ?? []
  const table = useDataTable<NotificationLog>({
    data: logs,
    columns: COLUMNS,
    getRowId: (log) => log.id,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_, row) => navigate(logLink(rowData(row), customer.id)),
  })

  return (
    <Container className="divide-y p-0" data-testid="customer-notifications-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Messages</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Emails and text messages sent to this customer.
          </Text>
        </div>
        <div className="flex shrink-0 gap-x-2">
          <Button
            size="small"
            variant="secondary"
            onClick={() => compose("sms")}
            data-testid="customer-send-sms"
          >
            Send SMS
          </Button>
          <Button
            size="small"
            variant="secondary"
            onClick={() => compose("email")}
            data-testid="customer-send-email"
          >
            Send email
          </Button>
        </div>
      </div>

      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load messages: {error.message}
        </Text>
      ) : (
        <TaggedRows testId="customer-notification-row" ids={logs.map((log) => log.id)} keyboard>
          <DataTable instance={table}>
            <DataTable.Table
              emptyState={{
                empty: {
                  custom: (
                    <Text size="small" className="text-ui-fg-subtle" data-testid="customer-notifications-empty">
                      No messages sent to this customer yet.
                    </Text>
                  ),
                },
              }}
            />
          </DataTable>
        </TaggedRows>
      )}

      <div className="flex items-center justify-end gap-x-4 px-6 py-3">
        <Link to={`/email-log?customer_id=${customer.id}`} className={linkClass}>
          All emails
        </Link>
        <Link to={`/sms-log?customer_id=${customer.id}`} className={linkClass}>
          All SMS
        </Link>
      </div>

      <SendCustomerMessageDrawer
        channel={composeChannel}
        customerId={customer.id}
        recipient={composeChannel === "sms" ? (customer.phone ?? null) : customer.email}
        open={composing}
        onOpenChange={setComposing}
      />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerNotificationsWidget
