"use client"

import Link from "next/link"
import { useEffect, useState, type RefObject } from "react"
import { askAssistant } from "@lib/data/chat"
import ChatComposer from "./chat-composer"
import ChatMessages, { type ViewMessage } from "./chat-messages"
import { contactHref, guestHandoverText } from "../support-hours"
import { useSupport } from "./support-context"

/** The guest's questions and answers survive a reload of the tab (never the server). */
const STORAGE_KEY = "cs-chat-guest"
const MAX_KEPT = 40

/**
 * Guests talk to the assistant only: each question goes to /store/assistant/query (through a
 * server action) and comes back with the help articles it used. A person needs an account.
 */
export default function GuestChat({
  countryCode,
  signInHref,
  inputRef,
}: {
  countryCode: string
  signInHref: string
  inputRef: RefObject<HTMLTextAreaElement | null>
}) {
  const support = useSupport()
  const [messages, setMessages] = useState<ViewMessage[]>([])
  const [unhelpful, setUnhelpful] = useState(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [handover, setHandover] = useState(false)

  useEffect(() => {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "null") as {
        messages: ViewMessage[]
        unhelpful: number
        handover: boolean
      } | null
      if (saved?.messages) {
        setMessages(saved.messages)
        setUnhelpful(saved.unhelpful ?? 0)
        setHandover(!!saved.handover)
      }
    } catch {
      // nothing kept
    }
  }, [])

  const remember = (next: ViewMessage[], nextUnhelpful: number, nextHandover: boolean) => {
    try {
      sessionStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({ messages: next.slice(-MAX_KEPT), unhelpful: nextUnhelpful, handover: nextHandover })
      )
    } catch {
      // storage full or off: the conversation just won't survive a reload
    }
  }

  const ask = async (question: string) => {
    setBusy(true)
    setError(null)
    const mine: ViewMessage = { id: `q-${Date.now()}`, author: "me", body: question, createdAt: new Date().toISOString() }
    setMessages((prev) => [...prev, mine])
    const result = await askAssistant(question, unhelpful).catch(() => null)
    setBusy(false)
    if (!result?.ok) {
      setMessages((prev) => prev.filter((m) => m.id !== mine.id))
      setError(result?.error ?? "The assistant is not available right now. Please try again.")
      return false
    }
    const answer: ViewMessage = {
      id: `a-${Date.now()}`,
      author: "bot",
      // the backend tells a guest how to reach a person (sign in inside chat hours; the hours and
      // the contact page outside them), never that one takes over
      body: result.answer,
      citations: result.citations,
      helpful: null,
      createdAt: new Date().toISOString(),
    }
    const nextHandover = handover || result.handover
    setHandover(nextHandover)
    setMessages((prev) => {
      const next = [...prev, answer]
      remember(next, unhelpful, nextHandover)
      return next
    })
    return true
  }

  const feedback = (message: ViewMessage, helpful: boolean) => {
    const nextUnhelpful = helpful ? 0 : unhelpful + 1
    setUnhelpful(nextUnhelpful)
    const nextHandover = handover || nextUnhelpful >= 2
    setHandover(nextHandover)
    setMessages((prev) => {
      const next = prev.map((m) => (m.id === message.id ? { ...m, helpful } : m))
      remember(next, nextUnhelpful, nextHandover)
      return next
    })
  }

  return (
    <>
      <div className="flex min-h-0 flex-1 flex-col">
        {messages.length === 0 && (
          <div className="px-4 pt-4 text-sm text-slate-700" data-testid="chat-intro">
            <p className="font-medium text-slate-900">Hi! I&apos;m the CloudServices assistant.</p>
            <p className="mt-1">
              Ask me about billing, renewals, SSH keys, DNS, backups or your account; I answer from our help center.
            </p>
          </div>
        )}
        <ChatMessages
          messages={messages}
          countryCode={countryCode}
          typing={busy ? "Assistant is typing…" : null}
          onFeedback={feedback}
        />
      </div>
      {handover && (
        <div className="mx-3 mb-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="chat-guest-handover">
          {guestHandoverText(support)}{" "}
          <Link href={signInHref} className="font-semibold underline">
            Sign in
          </Link>{" "}
          ·{" "}
          <Link href={contactHref(countryCode)} className="font-semibold underline">
            Contact form
          </Link>
        </div>
      )}
      {error && (
        <p role="alert" className="mx-3 mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <ChatComposer inputRef={inputRef} onSend={ask} busy={busy} placeholder="Ask a question…" />
      <p className="border-t border-slate-100 px-4 py-2 text-center text-xs text-slate-600">
        <Link href={signInHref} className="font-medium text-accent-700 underline" data-testid="chat-sign-in">
          Sign in to chat with a person
        </Link>{" "}
        <span className="block text-slate-500" data-testid="chat-hours">
          {support.hours.text ? `People answer ${support.hours.text}.` : "Write to us through the contact form."}
        </span>
      </p>
    </>
  )
}
