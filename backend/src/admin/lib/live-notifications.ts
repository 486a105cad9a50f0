import { toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useChatSocket } from "./chat-socket"

/** What the admins' socket hears as `notification` (see docs/api.md, "Socket events"). */
export type AdminNotification = {
  id: string
  type: "ticket.created" | "chat.waiting" | "payment.failed" | string
  title: string
  body: string
  /** a dashboard path (under /app), or null */
  url: string | null
  created_at: string
}

/** Ids already shown in this tab: several listeners may be mounted at once, and events come at least once. */
const shown = new Set<string>()

/** The badge lists at most this many. */
const MAX_UNSEEN = 20

/**
 * The admins' live notifications over the shared chat socket (the `admins` room): a new
 * ticket, a chat waiting for an agent, a failed payment. Each shows a toast with an "Open"
 * action and stays in `unseen` (this tab) until opened or cleared.
 */
export function useAdminNotifications() {
  const { socket } = useChatSocket()
  const navigate = useNavigate()
  const [unseen, setUnseen] = useState<AdminNotification[]>([])

  const open = useCallback(
    (n: AdminNotification) => {
      setUnseen((list) => list.filter((u) => u.id !== n.id))
      toast.dismiss(n.id)
      if (n.url) navigate(n.url)
    },
    [navigate]
  )
  const clear = useCallback(() => setUnseen([]), [])

  useEffect(() => {
    if (!socket) return
    const onNotification = (n: AdminNotification) => {
      if (shown.has(n.id)) return
      shown.add(n.id)
      setUnseen((list) => [n, ...list].slice(0, MAX_UNSEEN))
      const show = n.type === "payment.failed" ? toast.warning : toast.info
      show(n.title, {
        id: n.id,
        description: n.body,
        dismissable: true,
        duration: 10000,
        ...(n.url ? { action: { label: "Open", altText: `Open: ${n.title}`, onClick: () => open(n) } } : {}),
      })
    }
    socket.on("notification", onNotification)
    return () => {
      socket.off("notification", onNotification)
    }
  }, [socket, open])

  return { unseen, open, clear }
}
