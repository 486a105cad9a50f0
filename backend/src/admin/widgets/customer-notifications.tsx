import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { NotificationStatusBadge } from "../components/notification-status-badge"
import { SendCustomerMessageDrawer } from "../components/send-customer-message-drawer"
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
      ) : !isLoading && logs.length === 0 ? (
        <Text
          size="small"
          className="text-ui-fg-subtle px-6 py-6"
          data-testid="customer-notifications-empty"
        >
          No messages sent to this customer yet.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Channel</Table.HeaderCell>
              <Table.HeaderCell>Message</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Sent</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {isLoading
              ? Array.from({ length: 3 }).map((_, i) => (
                  <Table.Row key={i}>
                    {Array.from({ length: 4 }).map((_, j) => (
                      <Table.Cell key={j}>
                        <Skeleton className="h-4 w-full max-w-[140px]" />
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))
              : logs.map((log) => (
                  <Table.Row
                    key={log.id}
                    className="cursor-pointer"
                    tabIndex={0}
                    onClick={() => navigate(logLink(log, customer.id))}
                    onKeyDown={(e) => e.key === "Enter" && navigate(logLink(log, customer.id))}
                    data-testid="customer-notification-row"
                  >
                    <Table.Cell>
                      <Badge size="2xsmall" color={log.channel === "email" ? "blue" : "purple"}>
                        {log.channel === "email" ? "Email" : "SMS"}
                      </Badge>
                    </Table.Cell>
                    <Table.Cell className="max-w-[320px]">
                      <span className="block truncate">
                        {log.channel === "email" ? log.subject || "(no subject)" : log.body_text}
                      </span>
                    </Table.Cell>
                    <Table.Cell>
                      <NotificationStatusBadge status={log.status} />
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap text-right">
                      {formatDateTime(log.sent_at ?? log.created_at)}
                    </Table.Cell>
                  </Table.Row>
                ))}
          </Table.Body>
        </Table>
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
