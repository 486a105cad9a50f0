export const storeNotificationListFields = [
  "id",
  "channel",
  "to",
  "template",
  "subject",
  "body_text",
  "status",
  "sent_at",
  "delivered_at",
  "created_at",
]

export const listStoreNotificationsQueryConfig = {
  defaults: storeNotificationListFields,
  defaultLimit: 20,
  isList: true,
}
