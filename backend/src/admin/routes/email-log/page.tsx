import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeSolid } from "@medusajs/icons"
import { NotificationLogList } from "../../components/notification-log-list"

/** Every email sent or attempted, with filters, details and resend. */
const EmailLogPage = () => <NotificationLogList channel="email" />

export const config = defineRouteConfig({
  label: "Email log",
  icon: EnvelopeSolid,
})

export default EmailLogPage
