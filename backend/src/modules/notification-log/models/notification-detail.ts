import { model } from "@medusajs/framework/utils"

/**
 * One email or SMS the platform sends, recorded before it is sent and kept
 * with its delivery history. Medusa's own `notification` record is created
 * per delivery attempt and referenced by `notification_id`.
 */
const NotificationDetail = model
  .define("notification_detail", {
    id: model.id({ prefix: "ntfl" }).primaryKey(),
    // "email" or "sms"
    channel: model.enum(["email", "sms"]).index("IDX_notification_detail_channel"),
    // email address or phone number (E.164)
    to: model.text().index("IDX_notification_detail_to"),
    // Medusa customer the message is about, when there is one
    customer_id: model.text().index("IDX_notification_detail_customer_id").nullable(),
    // the customer's shopper id at the time of sending, for support searches
    shopper_id: model.text().index("IDX_notification_detail_shopper_id").nullable(),
    // template name (order_confirmation, welcome, custom, ...)
    template: model.text().index("IDX_notification_detail_template"),
    // rendered subject (email only)
    subject: model.text().nullable(),
    // rendered bodies as sent
    body_html: model.text().nullable(),
    body_text: model.text(),
    // the data the template was rendered with
    data: model.json().nullable(),
    // transport that took the message: local, smtp, sendgrid, twilio (null while queued)
    provider: model.text().index("IDX_notification_detail_provider").nullable(),
    // the provider's id for the message (SMTP Message-ID, SendGrid X-Message-Id, Twilio SID)
    provider_message_id: model.text().index("IDX_notification_detail_provider_message_id").nullable(),
    // Medusa notification record of the last attempt
    notification_id: model.text().nullable(),
    // queued → sending → sent → delivered, or failed / bounced
    status: model
      .enum(["queued", "sending", "sent", "delivered", "failed", "bounced"])
      .default("queued")
      .index("IDX_notification_detail_status"),
    // last error (transient or final)
    error: model.text().nullable(),
    // delivery attempts made so far
    attempts: model.number().default(0),
    // when the next attempt is due (queued) or the current claim expires (sending)
    next_attempt_at: model.dateTime().index("IDX_notification_detail_next_attempt_at").nullable(),
    sent_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    failed_at: model.dateTime().nullable(),
    // the log entry this one resends
    resend_of_id: model.text().index("IDX_notification_detail_resend_of_id").nullable(),
    // set by the weekly cleanup once a sent/delivered/failed/bounced email is older than the archive
    // age: hidden from the admin's email log unless asked for (archived=true|all), still searchable
    archived_at: model.dateTime().index("IDX_notification_detail_archived_at").nullable(),
    // one message, one key: the workflow that asks for a message twice gets the first one back
    idempotency_key: model.text().unique("IDX_notification_detail_idempotency_key_unique"),
  })
  // the retention purge walks old messages by age (soft-deleted ones too)
  .indexes([{ name: "IDX_notification_detail_created_at", on: ["created_at"], where: null }])

export default NotificationDetail
