import { StatusBadge } from "@medusajs/ui"
import { STATUS_STYLE, subscriptionStatusLabel, type SubscriptionStatus } from "../lib/subscriptions"

/** active = green, suspended = orange, cancelled = grey, expired = red. */
export const SubscriptionStatusBadge = ({ status }: { status: SubscriptionStatus }) => (
  <StatusBadge
    color={STATUS_STYLE[status]?.color ?? "grey"}
    data-testid="subscription-status"
    data-status={status}
  >
    {subscriptionStatusLabel(status)}
  </StatusBadge>
)
