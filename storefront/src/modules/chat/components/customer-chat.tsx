"use client"

import { useCallback, useEffect, useRef, useState, type RefObject } from "react"
import {
  closeChat,
  currentChat,
  loadChat,
  markChatRead,
  requestHandover,
  sendChatMessage,
  sendFeedback,
  uploadChatFiles,
  type ChatMessage,
  type StoreChat,
} from "@lib/data/chat"
import ChatComposer from "./chat-composer"
import ChatEndedNotice from "./chat-ended-notice"
import ChatMessages, { agentLabel, type ViewMessage } from "./chat-messages"
import { merge, replyingLine, toView } from "./customer-chat-view"
import { useChatSocket, type TypingEvent } from "./use-chat-socket"
import { useSupport } from "./support-context"

/** Someone's "is typing" fades after this long without news (a lost `typing: false`). */
const TYPING_TTL_MS = 6000
const TYPING_REPEAT_MS = 2500
const TYPING_IDLE_MS = 3000
/** Without a live connection, a conversation with a person is re-read this often. */
const POLL_MS = 5000

const READ_ONLY = "Read-only: you are viewing as this customer, so sending is off."

/**
 * A signed-in customer's conversation: the assistant first, a person on request (or when the
 * assistant hands over), live over socket.io, restored from GET /store/chats after a reload.
 * Stays mounted while the panel is closed so replies count as unread on the launcher.
 */
export default function CustomerChat({
  countryCode,
  open,
  readOnly,
  inputRef,
  onUnread,
  onHeader,
}: {
  countryCode: string
  open: boolean
  readOnly: boolean
  inputRef: RefObject<HTMLTextAreaElement | null>
  onUnread: (count: number) => void
  onHeader: (header: { title: string; detail: string }) => void
}) {
  const support = useSupport()
  const [chat, setChat] = useState<StoreChat | null>(null)
  const [messages, setMessages] = useState<ChatMessage[]>([])
  const [loaded, setLoaded] = useState<"none" | "summary" | "full">("none")
  const [busy, setBusy] = useState(false)
  const [botThinking, setBotThinking] = useState(false)
  const [typing, setTyping] = useState<{ label: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  /** our replies that arrived while the panel was closed */
  const [unread, setUnread] = useState(0)
  const openRef = useRef(open)
  openRef.current = open
  const chatRef = useRef(chat)
  chatRef.current = chat

  const live = !!chat && chat.status !== "closed"

  const show = useCallback((next: { chat: StoreChat | null; messages: ChatMessage[] }, full: boolean) => {
    setChat(next.chat)
    setMessages(full ? next.messages : [])
    setLoaded(full ? "full" : "summary")
  }, [])

  // on load: the open conversation (its transcript only when the panel is open: reading marks it read)
  useEffect(() => {
    let cancelled = false
    // the panel may open (restored after a reload) while this is on its way: then the
    // "opening the panel" effect below loads the transcript
    const withMessages = openRef.current
    currentChat(withMessages).then((res) => {
      if (cancelled) return
      if (!res.ok) {
        setError(res.error)
        setLoaded("summary")
        return
      }
      show(res, withMessages)
      if (!openRef.current) setUnread(res.chat?.customer_unread_count ?? 0)
    })
    return () => {
      cancelled = true
    }
  }, []) // eslint-disable-line react-hooks/exhaustive-deps

  // opening the panel loads (and reads) the transcript
  useEffect(() => {
    if (!open || loaded !== "summary" || !chat) return
    let cancelled = false
    loadChat(chat.id).then((res) => {
      if (cancelled) return
      if (res.ok) show(res, true)
      else setError(res.error)
    })
    return () => {
      cancelled = true
    }
  }, [open, loaded, chat, show])

  useEffect(() => {
    if (open) setUnread(0)
  }, [open])
  useEffect(() => {
    onUnread(unread)
  }, [unread, onUnread])

  useEffect(() => {
    onHeader(replyingLine(chat, messages, support))
  }, [chat, messages, onHeader, support])

  const onMessage = useCallback(
    (p: { chat_id: string; message: ChatMessage }) => {
      if (p.chat_id !== chatRef.current?.id) return
      setMessages((prev) => merge(prev, [p.message]))
      if (p.message.author_type !== "customer") setTyping(null)
      if (p.message.author_type === "admin") {
        if (openRef.current) {
          if (!readOnly) void markChatRead(p.chat_id).catch(() => undefined)
        } else {
          setUnread((n) => n + 1)
        }
      }
    },
    [readOnly]
  )
  const onUpdated = useCallback((p: { chat: Partial<StoreChat> & { id: string } }) => {
    if (p.chat.id !== chatRef.current?.id) return
    setChat((prev) => (prev ? { ...prev, ...p.chat } : prev))
  }, [])

  const onTyping = useCallback((p: TypingEvent) => {
    if (p.chat_id !== chatRef.current?.id || p.author_type === "customer") return
    const who = p.author_type === "bot" ? "Assistant" : agentLabel(p.author_name, support)
    setTyping(p.typing ? { label: `${who} is typing…` } : null)
  }, [support])

  const { connected, emit } = useChatSocket({ enabled: live, chatId: chat?.id ?? null, onMessage, onUpdated, onTyping })

  useEffect(() => {
    if (!typing) return
    const timer = setTimeout(() => setTyping(null), TYPING_TTL_MS)
    return () => clearTimeout(timer)
  }, [typing])

  // no live connection: re-read a conversation with a person while the panel is open
  useEffect(() => {
    if (connected || !open || !chat || (chat.status !== "waiting" && chat.status !== "active")) return
    const timer = setInterval(() => {
      loadChat(chat.id).then((res) => {
        if (res.ok) {
          setChat(res.chat)
          setMessages((prev) => merge(prev, res.messages))
        }
      })
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [connected, open, chat])

  // tell support while the customer types
  const lastTyping = useRef(0)
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null)
  const announceTyping = useCallback(
    (on: boolean) => {
      const id = chatRef.current?.id
      if (!id || readOnly) return
      if (idle.current) clearTimeout(idle.current)
      idle.current = null
      if (!on) {
        if (lastTyping.current) emit("chat:typing", { chat_id: id, typing: false })
        lastTyping.current = 0
        return
      }
      if (Date.now() - lastTyping.current > TYPING_REPEAT_MS) {
        emit("chat:typing", { chat_id: id, typing: true })
        lastTyping.current = Date.now()
      }
      idle.current = setTimeout(() => announceTyping(false), TYPING_IDLE_MS)
    },
    [emit, readOnly]
  )

  const apply = (res: { ok: true; chat: StoreChat; messages: ChatMessage[] }, replace = false) => {
    setChat(res.chat)
    setMessages((prev) => (replace ? res.messages : merge(prev, res.messages)))
    setLoaded("full")
  }

  const send = async (body: string) => {
    setBusy(true)
    setError(null)
    const withBot = !chat || chat.status === "bot"
    setBotThinking(withBot)
    const res = await sendChatMessage(chat && chat.status !== "closed" ? chat.id : null, body).catch(() => null)
    setBusy(false)
    setBotThinking(false)
    if (!res?.ok) {
      setError(res?.error ?? "Your message could not be sent.")
      return false
    }
    apply(res, !chat || chat.status === "closed")
    return true
  }

  const handover = async () => {
    setBusy(true)
    setError(null)
    let id = chat?.id ?? null
    if (!id) {
      // no conversation yet: start one so there is something to hand over
      const started = await sendChatMessage(null, "I'd like to talk to a person.").catch(() => null)
      if (!started?.ok) {
        setBusy(false)
        setError(started?.error ?? "We could not reach support.")
        return
      }
      apply(started, true)
      id = started.chat.id
      if (started.chat.status !== "bot") {
        setBusy(false)
        return
      }
    }
    const res = await requestHandover(id).catch(() => null)
    setBusy(false)
    if (!res?.ok) {
      setError(res?.error ?? "We could not reach support.")
      return
    }
    apply(res, true)
  }

  const feedback = async (message: ViewMessage, helpful: boolean) => {
    if (!chat) return
    setMessages((prev) => prev.map((m) => (m.id === message.id ? { ...m, helpful } : m)))
    const res = await sendFeedback(chat.id, message.id, helpful).catch(() => null)
    if (!res?.ok) {
      setMessages((prev) => prev.map((m) => (m.id === message.id ? { ...m, helpful: null } : m)))
      setError(res?.error ?? "Your answer could not be saved.")
      return
    }
    apply(res, true)
  }

  const attach = async (files: File[]) => {
    if (!chat) return false
    setBusy(true)
    setError(null)
    const form = new FormData()
    form.append("chatId", chat.id)
    files.forEach((f) => form.append("files", f))
    const res = await uploadChatFiles(form).catch(() => null)
    setBusy(false)
    if (!res?.ok) {
      setError(res?.error ?? "The file could not be sent.")
      return false
    }
    setMessages((prev) => merge(prev, [res.message]))
    return true
  }

  const end = async () => {
    if (!chat) return
    setBusy(true)
    const res = await closeChat(chat.id).catch(() => null)
    setBusy(false)
    if (!res?.ok) {
      setError(res?.error ?? "The conversation could not be ended.")
      return
    }
    apply(res, true)
  }

  const startOver = () => {
    setChat(null)
    setMessages([])
    setError(null)
    setLoaded("full")
    inputRef.current?.focus()
  }

  const closed = chat?.status === "closed"
  const typingLine = botThinking ? "Assistant is typing…" : typing?.label ?? null
  const view = messages.map(toView)

  return (
    <>
      <div className="flex min-h-0 flex-1 flex-col" data-testid="chat-conversation" data-status={chat?.status ?? "new"}>
        {loaded === "none" ? (
          <p className="px-4 py-4 text-sm text-slate-500">Loading your conversation…</p>
        ) : (
          !chat && (
            <div className="px-4 pt-4 text-sm text-slate-700" data-testid="chat-intro">
              <p className="font-medium text-slate-900">Hi! How can we help?</p>
              <p className="mt-1">
                Our assistant answers first, from the help center. Ask for a person whenever you like.
              </p>
            </div>
          )
        )}
        <ChatMessages
          messages={view}
          countryCode={countryCode}
          chatId={chat?.id}
          typing={typingLine}
          onFeedback={readOnly || closed ? undefined : feedback}
          feedbackDisabled={busy}
        />
      </div>
      {closed && (
        <ChatEndedNotice
          countryCode={countryCode}
          ticketId={chat?.ticket_id}
          onStartOver={readOnly ? undefined : startOver}
        />
      )}
      {!closed && !readOnly && (!chat || chat.status === "bot") && (
        <div className="flex justify-center px-3 pb-2">
          <button
            type="button"
            onClick={handover}
            disabled={busy}
            className="rounded-full border border-accent-200 bg-white px-3 py-1 text-xs font-semibold text-accent-700 hover:bg-accent-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-400 disabled:opacity-50"
            data-testid="chat-handover"
          >
            Talk to a person
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="mx-3 mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="chat-error">
          {error}
        </p>
      )}
      {!closed && (
        <ChatComposer
          inputRef={inputRef}
          onSend={send}
          onTyping={chat && chat.status !== "bot" ? announceTyping : undefined}
          onFiles={chat ? attach : undefined}
          busy={busy}
          disabled={readOnly}
          disabledReason={READ_ONLY}
          placeholder={chat?.status === "active" || chat?.status === "waiting" ? "Write to support…" : "Ask a question…"}
        />
      )}
      {live && !readOnly && (
        <p className="border-t border-slate-100 px-4 py-1.5 text-right text-xs">
          <button type="button" onClick={end} disabled={busy} className="text-slate-500 underline hover:text-slate-800" data-testid="chat-end">
            End conversation
          </button>
        </p>
      )}
    </>
  )
}
