"use client"

import { useVisitor } from "@modules/layout/components/visitor-provider"
import ChatLauncher from "@modules/chat/components/chat-launcher"

/**
 * The chat on every page: who the visitor is decides what it offers (the assistant for guests,
 * a conversation with support for customers, a read-only view while an admin views as one).
 * It appears once the browser knows who the visitor is; the conversation itself loads then too.
 */
export default function ChatWidget({ countryCode }: { countryCode: string }) {
  const visitor = useVisitor()
  if (!visitor) {
    return null
  }
  const { signed_in: signedIn, read_only: readOnly } = visitor
  // a new key when the visitor signs in or out starts the widget afresh
  return (
    <ChatLauncher
      key={`${signedIn}-${readOnly}`}
      countryCode={countryCode}
      signedIn={signedIn}
      readOnly={readOnly}
    />
  )
}
