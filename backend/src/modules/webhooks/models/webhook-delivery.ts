import { model } from "@medusajs/framework/utils"

/** One event sent to one endpoint: the delivery log, and the retry queue while pending. */
const WebhookDelivery = model
  .define("webhook_delivery", {
    id: model.id({ prefix: "whdel" }).primaryKey(),
    // the webhook_endpoint it goes to
    endpoint_id: model.text().index("IDX_webhook_delivery_endpoint_id"),
    // "order.placed", "subscription.activated", …
    event_type: model.text().index("IDX_webhook_delivery_event_type"),
    // the `webhook-id` header: one per source event, the same on every retry (receivers dedupe on it)
    event_id: model.text().index("IDX_webhook_delivery_event_id"),
    // the body sent: { type, timestamp, data: { id, … } }
    payload: model.json(),
    // pending (queued or waiting for a retry) → succeeded (2xx) or failed (gave up)
    status: model.enum(["pending", "succeeded", "failed"]).default("pending").index("IDX_webhook_delivery_status"),
    // attempts made so far
    attempts: model.number().default(0),
    // when the next attempt is due; while an attempt runs, when its claim expires
    next_attempt_at: model.dateTime().index("IDX_webhook_delivery_next_attempt_at").nullable(),
    // HTTP status and (truncated) body of the last answer; null when there was none
    response_status: model.number().nullable(),
    response_body: model.text().nullable(),
    // why the last attempt failed (HTTP status, timeout, refused address, …)
    error: model.text().nullable(),
    delivered_at: model.dateTime().nullable(),
    // <endpoint id>:<event id>: a replayed source event creates no second delivery
    dedupe_key: model.text().unique("IDX_webhook_delivery_dedupe_key_unique"),
  })
  // an endpoint's log, newest first
  .indexes([{ name: "IDX_webhook_delivery_endpoint_created", on: ["endpoint_id", "created_at"] }])

export default WebhookDelivery
