import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DebouncedInput } from "../../components/debounced-input"
import { ChatBubble } from "@medusajs/icons"
import { Badge, Container, Heading, Tabs, Text, clx } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useMemo, useRef } from "react"
import { useSearchParams } from "react-router-dom"
import { ChatStatusBadge, WaitingClock, useNow } from "../../components/chat-badges"
import { ChatThread } from "../../components/chat-thread"
import { useChatSocket, type ChatServerEvents } from "../../lib/chat-socket"
import {
  CHAT_PAGE_SIZE,
  CHAT_TABS,
  chatCustomerName,
  chatKeys,
  mergeChat,
  tabQuery,
  useChatCustomers,
  useChats,
  type Chat,
  type ChatCustomer,
  type ChatTab,
} from "../../lib/chats"
import { formatRelative } from "../../lib/format"

const isTab = (value: string | null): value is ChatTab => CHAT_TABS.some((t) => t.value === value)

/** Refreshes the inbox on socket news, at most once a second; polls while the socket is down. */
function useLiveInbox() {
  const queryClient = useQueryClient()
  const { socket, connected } = useChatSocket()
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => {
    const refresh = () => {
      if (pending.current) return
      pending.current = setTimeout(() => {
        pending.current = null
        queryClient.invalidateQueries({ queryKey: chatKeys.lists() })
      }, 1000)
    }
    if (!socket) return
    const onUpdated: ChatServerEvents["chat:updated"] = ({ chat }) => {
      mergeChat(queryClient, chat)
      refresh()
    }
    socket.on("chat:updated", onUpdated)
    socket.on("chat:message", refresh)
    socket.on("connect", refresh)
    return () => {
      socket.off("chat:updated", onUpdated)
      socket.off("chat:message", refresh)
      socket.off("connect", refresh)
      if (pending.current) clearTimeout(pending.current)
      pending.current = null
    }
  }, [socket, queryClient])
  useEffect(() => {
    if (connected) return
    const timer = setInterval(() => queryClient.invalidateQueries({ queryKey: chatKeys.lists() }), 15_000)
    return () => clearInterval(timer)
  }, [connected, queryClient])
  return connected
}

const InboxRow = ({
  chat,
  customer,
  selected,
  now,
  onSelect,
}: {
  chat: Chat
  customer: ChatCustomer | null | undefined
  selected: boolean
  now: number
  onSelect: () => void
}) => {
  const preview = chat.last_message?.body
  return (
    <li>
      <button
        type="button"
        onClick={onSelect}
        aria-current={selected ? "true" : undefined}
        className={clx(
          "flex w-full flex-col gap-y-1 border-b px-4 py-3 text-left transition-fg hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus outline-none",
          selected && "bg-ui-bg-highlight"
        )}
        data-testid="chat-inbox-row"
        data-chat-id={chat.id}
      >
        <div className="flex items-center justify-between gap-x-2">
          <Text size="small" weight="plus" className="truncate" data-testid="chat-inbox-customer">
            {chatCustomerName(customer)}
          </Text>
          {chat.admin_unread_count > 0 && (
            <Badge size="2xsmall" color="blue" rounded="full" data-testid="chat-unread" aria-label={`${chat.admin_unread_count} unread`}>
              {chat.admin_unread_count}
            </Badge>
          )}
        </div>
        {customer?.email && customer.email !== chatCustomerName(customer) && (
          <Text size="xsmall" className="text-ui-fg-subtle truncate">{customer.email}</Text>
        )}
        {preview && (
          <Text size="xsmall" className="text-ui-fg-muted line-clamp-1">
            {chat.last_message?.author_type === "admin" && `${chat.last_message.author_name || "Support"}: `}
            {chat.last_message?.author_type === "bot" && "Assistant: "}
            {preview}
          </Text>
        )}
        <div className="flex flex-wrap items-center gap-2">
          {chat.status === "waiting" && chat.waiting_since ? <WaitingClock chat={chat} now={now} /> : <ChatStatusBadge status={chat.status} />}
          {chat.status !== "waiting" && chat.last_message_at && (
            <Text size="xsmall" className="text-ui-fg-muted">{formatRelative(chat.last_message_at)}</Text>
          )}
        </div>
      </button>
    </li>
  )
}

/** Live chat: the inbox of conversations (waiting, active, mine, closed) beside the open thread. */
const LiveChatPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const tabParam = searchParams.get("tab")
  const tab: ChatTab = isTab(tabParam) ? tabParam : "waiting"
  const selectedId = searchParams.get("chat")
  const connected = useLiveInbox()
  const now = useNow(1000)

  const q = searchParams.get("q") ?? ""
  const search: Record<string, string> = q ? { q } : {}
  const setParam = (name: "tab" | "chat" | "q", value: string | null) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (value) next.set(name, value)
        else next.delete(name)
        return next
      },
      { replace: name !== "chat" }
    )

  // one list per tab (their counts are the tab badges); the open tab's rows are shown
  const lists = {
    waiting: useChats({ ...tabQuery("waiting"), ...search, limit: CHAT_PAGE_SIZE, offset: 0 }),
    active: useChats({ ...tabQuery("active"), ...search, limit: CHAT_PAGE_SIZE, offset: 0 }),
    mine: useChats({ ...tabQuery("mine"), ...search, limit: CHAT_PAGE_SIZE, offset: 0 }),
    closed: useChats({ ...tabQuery("closed"), ...search, limit: CHAT_PAGE_SIZE, offset: 0 }, { enabled: tab === "closed" }),
  }
  const current = lists[tab]
  const chats = current.data?.chats ?? []
  const allChats = useMemo(
    () => Object.values(lists).flatMap((l) => l.data?.chats ?? []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lists.waiting.data, lists.active.data, lists.mine.data, lists.closed.data]
  )
  const missing = allChats.filter((c) => c.customer === undefined).map((c) => c.customer_id)
  const { data: customers } = useChatCustomers(missing)
  const customerOf = (chat: Chat) => chat.customer ?? customers?.get(chat.customer_id)
  const selected = allChats.find((c) => c.id === selectedId)

  return (
    <Container className="flex flex-col p-0" data-testid="live-chat-page">
      <div className="flex items-center justify-between border-b px-6 py-4">
        <div>
          <Heading level="h1">Live chat</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Customers the assistant handed over, and the conversations you are having with them.
          </Text>
        </div>
        <Badge size="2xsmall" color={connected ? "green" : "grey"} data-testid="live-chat-connection">
          {connected ? "Live" : "Connecting…"}
        </Badge>
      </div>
      <div className="flex h-[calc(100vh-190px)] min-h-[480px]">
        <div className="flex w-[340px] shrink-0 flex-col border-r">
          <div className="border-b px-3 py-2">
            <DebouncedInput
              size="small"
              type="search"
              className="w-full"
              placeholder="Search email, name, shopper ID"
              aria-label="Search chats"
              value={q}
              onChange={(value) => setParam("q", value || null)}
              data-testid="live-chat-search"
            />
          </div>
          <Tabs value={tab} onValueChange={(v) => setParam("tab", v)}>
            <Tabs.List className="flex flex-wrap gap-1 border-b px-3 py-2">
              {CHAT_TABS.map((t) => {
                const count = t.value === "closed" ? null : lists[t.value].data?.count
                return (
                  <Tabs.Trigger key={t.value} value={t.value} data-testid={`live-chat-tab-${t.value}`}>
                    {t.label}
                    {!!count && (
                      <Badge size="2xsmall" color={t.value === "waiting" ? "orange" : "grey"} className="ml-1" data-testid={`live-chat-count-${t.value}`}>
                        {count}
                      </Badge>
                    )}
                  </Tabs.Trigger>
                )
              })}
            </Tabs.List>
          </Tabs>
          <div className="min-h-0 flex-1 overflow-y-auto">
            {current.error ? (
              <Text size="small" className="text-ui-fg-error px-4 py-4">Could not load chats: {current.error.message}</Text>
            ) : !current.isLoading && chats.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle px-4 py-6" data-testid="live-chat-empty">
                {tab === "waiting" ? "Nobody is waiting for a person." : "No chats here."}
              </Text>
            ) : (
              <ul aria-label={`${CHAT_TABS.find((t) => t.value === tab)?.label} chats`}>
                {chats.map((chat) => (
                  <InboxRow
                    key={chat.id}
                    chat={chat}
                    customer={customerOf(chat)}
                    selected={chat.id === selectedId}
                    now={now}
                    onSelect={() => setParam("chat", chat.id)}
                  />
                ))}
              </ul>
            )}
          </div>
        </div>
        <div className="min-w-0 flex-1">
          {selectedId ? (
            <ChatThread chatId={selectedId} fallbackCustomer={selected ? customerOf(selected) : undefined} />
          ) : (
            <div className="flex h-full items-center justify-center p-6">
              <Text size="small" className="text-ui-fg-muted">Choose a chat to read and answer it.</Text>
            </div>
          )}
        </div>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Live chat", icon: ChatBubble })

export default LiveChatPage
