import type { ListResponse } from "./common"

export type NotificationChannel = "email" | "sms"
export type NotificationStatus = "queued" | "sending" | "sent" | "delivered" | "failed" | "bounced"
export type NotificationProvider = "local" | "smtp" | "sendgrid" | "twilio"

/** What both APIs show of a sent (or attempted) email or SMS. */
export type NotificationBase = {
  id: string
  channel: NotificationChannel
  to: string
  template: string
  subject: string | null
  body_text: string
  status: NotificationStatus
  sent_at: string | null
  delivered_at: string | null
  created_at: string
}

// ---- store: GET /store/account/notifications[/:id] (the signed-in customer's own)

export type StoreNotification = NotificationBase
export type StoreNotificationDetail = StoreNotification & { body_html: string | null }
export type StoreNotificationListResponse = ListResponse<"notifications", StoreNotification>
export type StoreNotificationResponse = { notification: StoreNotificationDetail }

// ---- admin: GET /admin/notification-logs[/:id]

export type NotificationCustomer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

export type NotificationLog = NotificationBase & {
  customer_id: string | null
  shopper_id: string | null
  customer: NotificationCustomer | null
  provider: NotificationProvider | string
  provider_message_id: string | null
  error: string | null
  attempts: number
  next_attempt_at: string | null
  failed_at?: string | null
  resend_of_id: string | null
  /** set once the weekly cleanup archived it (emails past CLEANUP_EMAIL_ARCHIVE_DAYS) */
  archived_at?: string | null
  updated_at: string
}

export type NotificationLogResend = { id: string; status: NotificationStatus; created_at: string }

export type NotificationLogDetail = NotificationLog & {
  body_html: string | null
  data: Record<string, unknown>
  resends: NotificationLogResend[]
}

export type NotificationLogListResponse = ListResponse<"notification_logs", NotificationLog>
