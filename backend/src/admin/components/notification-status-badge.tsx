import { StatusBadge } from "@medusajs/ui"
import type { NotificationStatus } from "../lib/notifications"

type StatusStyle = { color: "orange" | "blue" | "green" | "red"; label: string }

const STATUS: Record<NotificationStatus, StatusStyle> = {
  queued: { color: "orange", label: "Queued" },
  sending: { color: "orange", label: "Sending" },
  sent: { color: "blue", label: "Sent" },
  delivered: { color: "green", label: "Delivered" },
  failed: { color: "red", label: "Failed" },
  bounced: { color: "red", label: "Bounced" },
}

export const statusLabel = (status: NotificationStatus) => STATUS[status]?.label ?? status

/** queued / sending = orange, sent = blue, delivered = green, failed / bounced = red. */
export const NotificationStatusBadge = ({ status }: { status: NotificationStatus }) => (
  <StatusBadge color={STATUS[status]?.color ?? "grey"} data-testid="notification-status">
    {statusLabel(status)}
  </StatusBadge>
)
