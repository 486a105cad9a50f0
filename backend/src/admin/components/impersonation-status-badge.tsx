import { StatusBadge } from "@medusajs/ui"
import { STATUS_COLORS, STATUS_LABELS, type ImpersonationStatus } from "../lib/impersonation"

export const ImpersonationStatusBadge = ({ status }: { status: ImpersonationStatus }) => (
  <StatusBadge color={STATUS_COLORS[status] ?? "grey"} data-testid="impersonation-status" data-status={status}>
    {STATUS_LABELS[status] ?? status}
  </StatusBadge>
)
