import { ArrowDownTray } from "@medusajs/icons"
import { Button, Text, clx, toast } from "@medusajs/ui"
import { Link } from "react-router-dom"
import {
  chatCustomerName,
  downloadChatAttachment,
  formatSize,
  formatTime,
  type ChatAttachment,
  type ChatCustomer,
  type ChatMessage,
} from "../lib/chats"
import { formatDateTime } from "../lib/format"
import { personName } from "../lib/tickets"

/** An admin as the user list gives them. */
export type Person = { id: string; email: string | null; first_name: string | null; last_name: string | null }

const Attachments = ({ chatId, attachments }: { chatId: string; attachments: ChatAttachment[] }) => (
  <div className="mt-2 flex flex-wrap gap-2">
    {attachments.map((a) => (
      <Button
        key={a.id}
        size="small"
        variant="secondary"
        onClick={() => downloadChatAttachment(chatId, a).catch((e: Error) => toast.error(e.message))}
        data-testid="chat-attachment"
      >
        <ArrowDownTray /> {a.filename} <span className="text-ui-fg-muted">({formatSize(a.size)})</span>
      </Button>
    ))}
  </div>
)

/** One line of the transcript: a system note, or a bubble from the customer, the assistant or an admin. */
export const Message = ({
  message,
  customer,
  users,
  meId,
  chatId,
}: {
  message: ChatMessage
  customer: ChatCustomer | null | undefined
  users: Person[]
  meId?: string
  chatId: string
}) => {
  if (message.author_type === "system") {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-2 text-center italic" data-testid="chat-system-message">
        {message.body} · {formatTime(message.created_at)}
      </Text>
    )
  }
  const fromCustomer = message.author_type === "customer"
  const fromBot = message.author_type === "bot"
  const author = fromCustomer
    ? chatCustomerName(customer)
    : fromBot
      ? "Assistant"
      : message.author_id === meId
        ? "You"
        : message.author_name || personName(users.find((u) => u.id === message.author_id))
  return (
    <div
      className={clx("flex px-6 py-2", fromCustomer ? "justify-start" : "justify-end")}
      data-testid="chat-message"
      data-author={message.author_type}
    >
      <div
        className={clx(
          "max-w-[75%] rounded-lg border px-4 py-3",
          fromCustomer && "bg-ui-bg-subtle",
          fromBot && "bg-ui-tag-blue-bg border-ui-tag-blue-border",
          message.author_type === "admin" && "bg-ui-bg-interactive/10 border-ui-border-interactive"
        )}
      >
        <Text size="xsmall" className="text-ui-fg-muted mb-1" title={formatDateTime(message.created_at)}>
          <span className="font-medium">{author}</span> · {formatTime(message.created_at)}
          {fromBot && message.helpful === false && <span className="text-ui-fg-error"> · marked unhelpful</span>}
          {fromBot && message.helpful === true && <span> · marked helpful</span>}
        </Text>
        {message.body && <Text size="small" className="whitespace-pre-wrap break-words">{message.body}</Text>}
        {fromBot && !!message.citations?.length && (
          <div className="mt-2" data-testid="chat-citations">
            <Text size="xsmall" className="text-ui-fg-muted">Sources</Text>
            <ul className="list-disc pl-4">
              {message.citations.map((c) => (
                <li key={c.id}>
                  <Link className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover" to={`/help-center/articles/${c.id}`}>
                    {c.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        {!!message.attachments?.length && <Attachments chatId={chatId} attachments={message.attachments} />}
      </div>
    </div>
  )
}
