import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRightSolid } from "@medusajs/icons"
import { NotificationLogList } from "../../components/notification-log-list"

/** Every SMS sent or attempted, with filters, details and resend. */
const SmsLogPage = () => <NotificationLogList channel="sms" />

export const config = defineRouteConfig({
  label: "SMS log",
  icon: ChatBubbleLeftRightSolid,
})

export default SmsLogPage
