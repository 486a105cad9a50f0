import { getSupport } from "@lib/data/support"
import ChatForVisitor from "@modules/chat/components/chat-for-visitor"

/**
 * The chat on every page: who the visitor is decides what it offers (the assistant for guests,
 * a conversation with support for customers, a read-only view while an admin views as one).
 * Support's name and hours come with the (cached) page; who the visitor is is known in the
 * browser, and the chat appears then.
 */
export default async function ChatWidget({ countryCode }: { countryCode: string }) {
  const support = await getSupport()
  return <ChatForVisitor countryCode={countryCode} support={support} />
}
