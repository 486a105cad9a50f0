import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { ChatStatusBadge } from "../components/chat-badges"
import { LIVE_CHAT_PATH, useChats } from "../lib/chats"
import { formatDateTime } from "../lib/format"
import { TICKET_PATH } from "../lib/tickets"

/** The customer's live chats (with the assistant and with support), each opening in Live chat. */
const CustomerChatsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const navigate = useNavigate()
  const { data, isLoading, error } = useChats({ customer_id: customer.id, limit: 10, offset: 0 })
  const chats = data?.chats ?? []
  const count = data?.count ?? 0
  return (
    <Container className="divide-y p-0" data-testid="customer-chats-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Live chats</Heading>
          <Text size="small" className="text-ui-fg-subtle">Conversations with the assistant and with support, newest first.</Text>
        </div>
        {count > 0 && <Badge size="2xsmall" color="grey">{count}</Badge>}
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">Could not load chats: {error.message}</Text>
      ) : !isLoading && chats.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-6" data-testid="customer-chats-empty">This customer has not chatted with us.</Text>
      ) : (
        <Table>
          <Table.Body>
            {chats.map((c) => (
              <Table.Row key={c.id} className="cursor-pointer" onClick={() => navigate(LIVE_CHAT_PATH(c.id))} data-testid="customer-chat-row">
                <Table.Cell className="max-w-[260px] truncate">{c.subject || c.last_message?.body || "—"}</Table.Cell>
                <Table.Cell><ChatStatusBadge status={c.status} /></Table.Cell>
                <Table.Cell>{formatDateTime(c.last_message_at ?? c.created_at)}</Table.Cell>
                <Table.Cell onClick={(e) => e.stopPropagation()}>
                  {c.ticket_id && (
                    <Link className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small" to={TICKET_PATH(c.ticket_id)}>
                      Ticket
                    </Link>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerChatsWidget
