import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, DropdownMenu, Text } from "@medusajs/ui"
import { useAdminNotifications } from "../lib/live-notifications"

/**
 * The admins' live notifications in the dashboard's top bar (every page): a toast for each new
 * ticket, chat waiting for an agent and failed payment, and a badge counting those not opened
 * yet in this tab; it opens their list (each links to its ticket, chat or customer).
 */
const LiveNotificationsWidget = () => {
  const { unseen, open, clear } = useAdminNotifications()
  if (!unseen.length) {
    return null
  }
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <button type="button" aria-label={`${unseen.length} new notifications`} data-testid="admin-live-notifications-badge">
          <Badge color="orange" size="2xsmall" rounded="full">
            {unseen.length > 9 ? "9+" : unseen.length} new
          </Badge>
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end" className="max-w-[320px]">
        {unseen.map((n) => (
          <DropdownMenu.Item key={n.id} onClick={() => open(n)} className="flex flex-col items-start gap-0">
            <Text size="small" weight="plus">
              {n.title}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {n.body}
            </Text>
          </DropdownMenu.Item>
        ))}
        <DropdownMenu.Separator />
        <DropdownMenu.Item onClick={clear}>Mark all as seen</DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

export const config = defineWidgetConfig({ zone: "topbar" })

export default LiveNotificationsWidget
