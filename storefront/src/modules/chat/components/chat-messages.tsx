"use client"

import Link from "next/link"
import { useEffect, useRef } from "react"
import type { ChatAttachment, ChatCitation } from "@lib/data/chat"
import { supportAuthor, type SupportInfo } from "../support-hours"
import { useSupport } from "./support-context"

/** A message as the widget shows it, for guests (assistant only) and customers alike. */
export type ViewMessage = {
  id: string
  author: "me" | "bot" | "agent" | "system"
  /** for an agent: their name ("Alex") */
  authorName?: string | null
  body: string
  citations?: ChatCitation[] | null
  attachments?: ChatAttachment[] | null
  /** the customer's 👍/👎 on a bot answer; undefined when it can't be rated */
  helpful?: boolean | null
  createdAt: string
}

const time = (value: string) =>
  new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }).format(new Date(value))

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Support's published display name; else "Alex from support", or just "Support" when we only know an email or nothing. */
export function agentLabel(name: string | null | undefined, support?: SupportInfo | null) {
  return supportAuthor(support, name)
}

function authorLabel(m: ViewMessage, support: SupportInfo) {
  switch (m.author) {
    case "me":
      return "You"
    case "bot":
      return "Assistant"
    case "agent":
      return agentLabel(m.authorName, support)
    default:
      return ""
  }
}

/**
 * The transcript: the customer's messages on the right, the assistant's and support's on the
 * left (with who wrote them), status lines centred, article links under assistant answers.
 */
export default function ChatMessages({
  messages,
  countryCode,
  chatId,
  typing,
  onFeedback,
  feedbackDisabled,
}: {
  messages: ViewMessage[]
  countryCode: string
  /** set for a customer's conversation: attachments download through the storefront */
  chatId?: string | null
  /** "Assistant is typing…", "Alex from support is typing…" */
  typing?: string | null
  onFeedback?: (message: ViewMessage, helpful: boolean) => void
  feedbackDisabled?: boolean
}) {
  const end = useRef<HTMLDivElement>(null)
  const support = useSupport()
  const last = messages[messages.length - 1]?.id
  useEffect(() => {
    end.current?.scrollIntoView({ block: "end" })
  }, [last, typing])

  return (
    <div className="flex-1 space-y-3 overflow-y-auto px-4 py-3" aria-live="polite" aria-relevant="additions" data-testid="chat-messages">
      {messages.map((m) =>
        m.author === "system" ? (
          <p key={m.id} className="text-center text-xs italic text-slate-500" data-testid="chat-system-message">
            {m.body}
          </p>
        ) : (
          <div
            key={m.id}
            className={`flex ${m.author === "me" ? "justify-end" : "justify-start"}`}
            data-testid="chat-message"
            data-author={m.author}
          >
            <div
              className={`max-w-[85%] rounded-2xl px-3 py-2 text-sm ${
                m.author === "me"
                  ? "rounded-br-sm bg-accent-600 text-white"
                  : m.author === "agent"
                    ? "rounded-bl-sm border border-emerald-200 bg-emerald-50 text-slate-900"
                    : "rounded-bl-sm border border-slate-200 bg-slate-50 text-slate-900"
              }`}
            >
              <p className={`mb-0.5 flex items-center gap-1 text-xs ${m.author === "me" ? "text-accent-100" : "text-slate-500"}`}>
                {m.author === "agent" && support.avatar_url && (
                  // a plain <img>, not next/image: an admin-set URL on any host
                  <img src={support.avatar_url} alt="" className="h-5 w-5 rounded-full object-cover" data-testid="chat-agent-avatar" />
                )}
                <span className="font-semibold" data-testid="chat-message-author">{authorLabel(m, support)}</span> ·{" "}
                <time dateTime={m.createdAt}>{time(m.createdAt)}</time>
              </p>
              {m.body && <p className="whitespace-pre-wrap break-words" data-testid="chat-message-body">{m.body}</p>}
              {!!m.citations?.length && (
                <div className="mt-2 border-t border-slate-200 pt-2">
                  <p className="text-xs font-medium text-slate-500">From our help center</p>
                  <ul className="mt-1 space-y-1">
                    {m.citations.map((c) => (
                      <li key={c.id}>
                        <Link
                          href={`/${countryCode}/help/${encodeURIComponent(c.handle)}`}
                          className="text-sm font-medium text-accent-700 underline hover:text-accent-800"
                          data-testid="chat-citation"
                        >
                          {c.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {!!m.attachments?.length && (
                <ul className="mt-2 space-y-1">
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      {chatId ? (
                        <a
                          href={`/api/chats/${encodeURIComponent(chatId)}/attachments/${encodeURIComponent(a.id)}`}
                          download={a.filename}
                          className={`font-medium underline ${m.author === "me" ? "text-white" : "text-accent-700"}`}
                          data-testid="chat-attachment"
                        >
                          {a.filename}
                        </a>
                      ) : (
                        a.filename
                      )}{" "}
                      <span className={`text-xs ${m.author === "me" ? "text-accent-100" : "text-slate-500"}`}>({size(a.size)})</span>
                    </li>
                  ))}
                </ul>
              )}
              {m.author === "bot" && onFeedback && m.helpful !== undefined && (
                <div className="mt-2 flex items-center gap-1 text-xs text-slate-500" data-testid="chat-feedback">
                  {m.helpful === null || m.helpful === undefined ? (
                    <>
                      <span>Did this help?</span>
                      <button
                        type="button"
                        onClick={() => onFeedback(m, true)}
                        disabled={feedbackDisabled}
                        aria-label="Yes, this answer helped"
                        className="rounded px-1.5 py-0.5 hover:bg-slate-200 disabled:opacity-50"
                        data-testid="chat-feedback-yes"
                      >
                        👍
                      </button>
                      <button
                        type="button"
                        onClick={() => onFeedback(m, false)}
                        disabled={feedbackDisabled}
                        aria-label="No, this answer did not help"
                        className="rounded px-1.5 py-0.5 hover:bg-slate-200 disabled:opacity-50"
                        data-testid="chat-feedback-no"
                      >
                        👎
                      </button>
                    </>
                  ) : (
                    <span data-testid="chat-feedback-done">{m.helpful ? "Glad it helped." : "Thanks, we'll do better."}</span>
                  )}
                </div>
              )}
            </div>
          </div>
        )
      )}
      {typing && (
        <p className="text-xs italic text-slate-500" data-testid="chat-typing" role="status">
          {typing}
        </p>
      )}
      <div ref={end} />
    </div>
  )
}
