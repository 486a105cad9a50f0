"use client"

import { useVisitor } from "@modules/layout/components/visitor-provider"
import ChatLauncher from "./chat-launcher"
import type { SupportInfo } from "../support-hours"

/** The chat launcher once the browser knows who the visitor is (guest, customer, admin viewing as one). */
export default function ChatForVisitor({ countryCode, support }: { countryCode: string; support: SupportInfo }) {
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
      support={support}
    />
  )
}
