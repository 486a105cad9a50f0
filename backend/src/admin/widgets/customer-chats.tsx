import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import {
  Badge,
  Container,
  DataTable,
  Heading,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { ChatStatusBadge } from "../components/chat-badges"
import { TaggedRows } from "../components/tagged-rows"
import { LIVE_CHAT_PATH, useChats, type Chat } from "../lib/chats"
import { rowData } from "../lib/data-table"
import { formatDateTime } from "../lib/format"
import { TICKET_PATH } from "../lib/tickets"

const columnHelper = createDataTableColumnHelper<Chat>()
const COLUMNS = [
  columnHelper.accessor("subject", {
    header: "Conversation",
    maxSize: 260,
    cell: ({ row }) => row.original.subject || row.original.last_message?.body || "—",
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <ChatStatusBadge status={getValue()} />,
  }),
  columnHelper.accessor("last_message_at", {
    header: "Last message",
    cell: ({ row }) => formatDateTime(row.original.last_message_at ?? row.original.created_at),
  }),
  columnHelper.accessor("ticket_id", {
    header: "",
    cell: ({ getValue }) => {
      const ticketId = getValue()
      return ticketId ? (
        <Link
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small"
          to={TICKET_PATH(ticketId)}
          onClick={(e) => e.stopPropagation()}
        >
          Ticket
        </Link>
      ) : null
    },
  }),
]

/** The customer's live chats (with the assistant and with support), each opening in Live chat. */
const CustomerChatsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const navigate = useNavigate()
  const { data, isLoading, error } = useChats({ customer_id: customer.id, limit: 10, offset: 0 })
  const chats = data?.chats ?? []
  const count = data?.count ?? 0
  const table = useDataTable<Chat>({
    data: chats,
    columns: COLUMNS,
    getRowId: (c) => c.id,
    rowCount: count,
    isLoading,
    onRowClick: (_, row) => navigate(LIVE_CHAT_PATH(rowData(row).id)),
  })
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
      ) : (
        <TaggedRows testId="customer-chat-row" ids={chats.map((c) => c.id)}>
          <DataTable instance={table}>
            <DataTable.Table
              emptyState={{
                empty: {
                  custom: (
                    <Text size="small" className="text-ui-fg-subtle" data-testid="customer-chats-empty">
                      This customer has not chatted with us.
                    </Text>
                  ),
                },
              }}
            />
          </DataTable>
        </TaggedRows>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerChatsWidget
