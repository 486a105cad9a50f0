export const adminNotificationLogListFields = [
  "id",
  "channel",
  "to",
  "customer_id",
  "shopper_id",
  "template",
  "subject",
  "body_text",
  "provider",
  "provider_message_id",
  "status",
  "error",
  "attempts",
  "next_attempt_at",
  "sent_at",
  "delivered_at",
  "failed_at",
  "resend_of_id",
  "notification_id",
  "archived_at",
  "data",
  "created_at",
  "updated_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]

export const adminNotificationLogDetailFields = [...adminNotificationLogListFields, "body_html"]

export const listNotificationLogsQueryConfig = {
  defaults: adminNotificationLogListFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveNotificationLogQueryConfig = {
  defaults: adminNotificationLogDetailFields,
  isList: false,
}
