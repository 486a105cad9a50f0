import { chatAudience } from "@lib/data/chat"
import ChatLauncher from "@modules/chat/components/chat-launcher"

/**
 * The chat on every page: who the visitor is decides what it offers (the assistant for guests,
 * a conversation with support for customers, a read-only view while an admin views as one).
 * Only cookies are read here; the conversation itself loads in the browser.
 */
export default async function ChatWidget({ countryCode }: { countryCode: string }) {
  const { signedIn, readOnly } = await chatAudience()
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
