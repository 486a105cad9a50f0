import { ArrowPath, PaperPlane } from "@medusajs/icons"
import { Badge, Button, Heading, Input, Select, Skeleton, Text, Textarea, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { Link } from "react-router-dom"
import { useCustomerTyping, useTypingAnnouncer } from "../hooks/use-chat-typing"
import { joinChat, useChatSocket, type ChatServerEvents } from "../lib/chat-socket"
import {
  appendMessage,
  chatCustomerName,
  chatKeys,
  mergeChat,
  useChat,
  useChatAction,
  type Chat,
  type ChatCustomer,
} from "../lib/chats"
import { formatDateTime } from "../lib/format"
import { sdk } from "../lib/sdk"
import { TICKET_PATH, TICKET_PRIORITIES, personName, useAdminUsers, useMe } from "../lib/tickets"
import { ActionPrompt, Field } from "./action-prompt"
import { ChatStatusBadge, WaitingClock, useNow } from "./chat-badges"
import { Message, type Person } from "./chat-message"

/** One conversation: transcript, live typing, reply box and what an agent does with it. */
export const ChatThread = ({ chatId, fallbackCustomer }: { chatId: string; fallbackCustomer?: ChatCustomer | null }) => {
  const queryClient = useQueryClient()
  const { socket, connected } = useChatSocket()
  const { data, isLoading, error, refetch, isFetching } = useChat(chatId)
  const { data: me } = useMe()
  const { data: usersData } = useAdminUsers()
  const action = useChatAction(chatId)
  const now = useNow(1000)
  const typing = useCustomerTyping(chatId)
  const announcer = useTypingAnnouncer(chatId)
  const [reply, setReply] = useState("")
  const [dialog, setDialog] = useState<null | "transfer" | "close" | "convert">(null)
  const [transferTo, setTransferTo] = useState("")
  const [subject, setSubject] = useState("")
  const [priority, setPriority] = useState("normal")
  const bottom = useRef<HTMLDivElement>(null)
  const users = (usersData?.users ?? []) as Person[]
  const meId = me?.user.id
  const chat = data?.chat
  const customer = data?.customer ?? chat?.customer ?? fallbackCustomer
  const messages = data?.messages ?? []

  // live: this chat's room while the thread is open; REST polling while the socket is down
  useEffect(() => joinChat(chatId), [chatId, socket])
  useEffect(() => {
    if (!socket) return
    const onMessage: ChatServerEvents["chat:message"] = (p) => {
      if (p.chat_id === chatId) appendMessage(queryClient, chatId, p.message)
    }
    const onUpdated: ChatServerEvents["chat:updated"] = (p) => {
      if (p.chat.id === chatId) mergeChat(queryClient, p.chat)
    }
    socket.on("chat:message", onMessage)
    socket.on("chat:updated", onUpdated)
    return () => {
      socket.off("chat:message", onMessage)
      socket.off("chat:updated", onUpdated)
    }
  }, [socket, chatId, queryClient])
  useEffect(() => {
    if (connected) return
    const timer = setInterval(() => refetch(), 10_000)
    return () => clearInterval(timer)
  }, [connected, refetch])

  // what the admin has on screen is read
  const unread = chat?.admin_unread_count ?? 0
  const lastId = messages[messages.length - 1]?.id
  useEffect(() => {
    if (!chat || chat.status === "closed" || (!unread && messages[messages.length - 1]?.author_type !== "customer")) return
    sdk.client
      .fetch(`/admin/chats/${chatId}/read`, { method: "POST", body: {} })
      .then(() => {
        mergeChat(queryClient, { id: chatId, admin_unread_count: 0 })
        queryClient.invalidateQueries({ queryKey: chatKeys.lists() })
      })
      .catch(() => undefined)
  }, [chatId, lastId, unread]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: "end" })
  }, [lastId, typing])

  useEffect(() => {
    setReply("")
    setDialog(null)
  }, [chatId])

  if (error) {
    return (
      <div className="p-6">
        <Text className="text-ui-fg-error">Could not load the chat: {error.message}</Text>
      </div>
    )
  }
  if (isLoading || !chat) {
    return (
      <div className="flex flex-col gap-3 p-6">
        <Skeleton className="h-8 w-1/2" />
        <Skeleton className="h-32 w-full" />
      </div>
    )
  }

  const mine = !!meId && chat.assigned_user_id === meId
  const closed = chat.status === "closed"
  const assignee = users.find((u) => u.id === chat.assigned_user_id)
  const others = users.filter((u) => u.id !== chat.assigned_user_id)

  const run = (a: Parameters<typeof action.mutate>[0], ok: string, done?: (data: Awaited<ReturnType<typeof action.mutateAsync>>) => void) =>
    action.mutate(a, {
      onSuccess: (result) => {
        toast.success(ok)
        done?.(result)
      },
      onError: (e) => toast.error(e.message),
    })

  const send = () => {
    const body = reply.trim()
    if (!body || action.isPending) return
    announcer.stop()
    run({ action: "messages", body: { body } }, "Sent", () => setReply(""))
  }

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="chat-thread" data-chat-id={chat.id} data-status={chat.status}>
      <div className="flex flex-wrap items-start justify-between gap-4 border-b px-6 py-4">
        <div className="min-w-0">
          <Heading level="h2" className="truncate" data-testid="chat-customer-name">
            <Link className="hover:underline" to={`/customers/${chat.customer_id}`}>{chatCustomerName(customer)}</Link>
          </Heading>
          {customer?.email && <Text size="small" className="text-ui-fg-subtle">{customer.email}</Text>}
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <ChatStatusBadge status={chat.status} />
            <WaitingClock chat={chat} now={now} />
            {chat.assigned_user_id && (
              <Badge size="2xsmall" color="grey" data-testid="chat-assignee">
                {mine ? "Assigned to you" : `Assigned to ${personName(assignee)}`}
              </Badge>
            )}
            {chat.ticket_id && (
              <Link
                className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                to={TICKET_PATH(chat.ticket_id)}
                data-testid="chat-ticket-link"
              >
                Open the ticket →
              </Link>
            )}
            {!connected && (
              <Badge size="2xsmall" color="grey" title="Live updates are off; the chat refreshes every 10 seconds">
                Offline
              </Badge>
            )}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button size="small" variant="transparent" onClick={() => refetch()} isLoading={isFetching} aria-label="Refresh">
            <ArrowPath />
          </Button>
          {!closed && !mine && (
            <Button size="small" onClick={() => run({ action: "take" }, "You took the chat")} isLoading={action.isPending} data-testid="chat-take">
              Take
            </Button>
          )}
          {!closed && (
            <Button
              size="small"
              variant="secondary"
              disabled={!others.length}
              onClick={() => {
                setTransferTo("")
                setDialog("transfer")
              }}
              data-testid="chat-transfer"
            >
              Transfer
            </Button>
          )}
          {!chat.ticket_id && (
            <Button
              size="small"
              variant="secondary"
              onClick={() => {
                setSubject(chat.subject ?? "")
                setPriority("normal")
                setDialog("convert")
              }}
              data-testid="chat-convert"
            >
              Convert to ticket
            </Button>
          )}
          {!closed && (
            <Button size="small" variant="secondary" onClick={() => setDialog("close")} data-testid="chat-close">
              Close
            </Button>
          )}
        </div>
      </div>

      <div className="min-h-0 flex-1 overflow-y-auto py-2" data-testid="chat-transcript" aria-live="polite">
        {messages.length === 0 && (
          <Text size="small" className="text-ui-fg-muted px-6 py-6 text-center">No messages yet.</Text>
        )}
        {messages.map((m) => (
          <Message key={m.id} message={m} customer={customer} users={users} meId={meId} chatId={chat.id} />
        ))}
        {typing && (
          <Text size="small" className="text-ui-fg-muted px-6 py-2 italic" data-testid="chat-typing">
            {typing.name || chatCustomerName(customer)} is typing…
          </Text>
        )}
        <div ref={bottom} />
      </div>

      <div className="border-t px-6 py-4">
        {closed ? (
          <Text size="small" className="text-ui-fg-muted">
            Closed {formatDateTime(chat.closed_at)}.{chat.ticket_id ? " The conversation continues in the ticket." : ""}
          </Text>
        ) : !mine ? (
          <Text size="small" className="text-ui-fg-muted" data-testid="chat-take-hint">
            {chat.assigned_user_id ? `${personName(assignee)} is answering this chat. ` : ""}Take the chat to reply.
          </Text>
        ) : (
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault()
              send()
            }}
          >
            <div className="flex-1">
              <label htmlFor="chat-reply" className="sr-only">Reply to the customer</label>
              <Textarea
                id="chat-reply"
                rows={2}
                value={reply}
                placeholder="Write a reply (Enter sends, Shift+Enter for a new line)"
                onChange={(e) => {
                  setReply(e.target.value)
                  if (e.target.value) announcer.keystroke()
                  else announcer.stop()
                }}
                onKeyDown={(e) => {
                  if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
                    e.preventDefault()
                    send()
                  }
                }}
                maxLength={4000}
                data-testid="chat-reply-input"
              />
            </div>
            <Button type="submit" size="small" disabled={!reply.trim()} isLoading={action.isPending} data-testid="chat-reply-send">
              <PaperPlane /> Send
            </Button>
          </form>
        )}
      </div>

      <ActionPrompt
        open={dialog === "transfer"}
        onOpenChange={(open) => !open && setDialog(null)}
        title="Transfer the chat"
        description="The other admin is assigned and the customer keeps the conversation."
        confirmLabel="Transfer"
        canConfirm={!!transferTo}
        isPending={action.isPending}
        onConfirm={() => run({ action: "transfer", body: { user_id: transferTo } }, "Chat transferred", () => setDialog(null))}
        testId="chat-transfer"
      >
        <Field label="Admin" htmlFor="chat-transfer-to">
          <Select value={transferTo} onValueChange={setTransferTo}>
            <Select.Trigger id="chat-transfer-to" data-testid="chat-transfer-select">
              <Select.Value placeholder="Choose an admin" />
            </Select.Trigger>
            <Select.Content>
              {others.map((u) => (
                <Select.Item key={u.id} value={u.id}>
                  {personName(u)}
                  {u.email && personName(u) !== u.email ? ` (${u.email})` : ""}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </ActionPrompt>

      <ActionPrompt
        open={dialog === "close"}
        onOpenChange={(open) => !open && setDialog(null)}
        title="Close the chat?"
        description="The customer sees that the conversation ended and can start a new one."
        confirmLabel="Close chat"
        variant="danger"
        canConfirm
        isPending={action.isPending}
        onConfirm={() => run({ action: "close" }, "Chat closed", () => setDialog(null))}
        testId="chat-close"
      />

      <ActionPrompt
        open={dialog === "convert"}
        onOpenChange={(open) => !open && setDialog(null)}
        title="Convert to a ticket"
        description="The transcript is copied into a new ticket for this customer, who is emailed; the chat closes."
        confirmLabel="Create ticket"
        canConfirm={subject.trim().length === 0 || (subject.trim().length >= 3 && subject.trim().length <= 200)}
        isPending={action.isPending}
        onConfirm={() =>
          run(
            { action: "convert-to-ticket", body: { ...(subject.trim() ? { subject: subject.trim() } : {}), priority } },
            "Ticket created",
            (result) => {
              setDialog(null)
              if (result?.ticket?.id) {
                mergeChat(queryClient, { id: chatId, ticket_id: result.ticket.id, ...(result.chat ?? {}) })
              }
            }
          )
        }
        testId="chat-convert"
      >
        <Field label="Subject" htmlFor="chat-convert-subject" hint="Leave empty for “Chat: ” and the customer's first message.">
          <Input
            id="chat-convert-subject"
            size="small"
            value={subject}
            maxLength={200}
            onChange={(e) => setSubject(e.target.value)}
            data-testid="chat-convert-subject"
          />
        </Field>
        <Field label="Priority" htmlFor="chat-convert-priority">
          <Select value={priority} onValueChange={setPriority}>
            <Select.Trigger id="chat-convert-priority" data-testid="chat-convert-priority">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {TICKET_PRIORITIES.map((p) => (
                <Select.Item key={p} value={p}>{p[0].toUpperCase() + p.slice(1)}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </ActionPrompt>
    </div>
  )
}

export type { Chat }
