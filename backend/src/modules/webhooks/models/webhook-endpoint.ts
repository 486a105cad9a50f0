import { model } from "@medusajs/framework/utils"

/** Where an integrator wants our events: a URL, the events it takes, and the secret we sign with. */
const WebhookEndpoint = model.define("webhook_endpoint", {
  id: model.id({ prefix: "whep" }).primaryKey(),
  // http(s) URL the events are POSTed to
  url: model.text(),
  // ["*"], event names ("order.placed") or families ("subscription.*")
  events: model.array(),
  // the `whsec_…` signing secret (Standard Webhooks); shown once, when the endpoint is created
  secret: model.text(),
  // a disabled endpoint gets no new events and its pending deliveries are given up
  enabled: model.boolean().default(true).index("IDX_webhook_endpoint_enabled"),
  description: model.text().nullable(),
  // last 2xx answer and last failed attempt, for the admin list
  last_success_at: model.dateTime().nullable(),
  last_failure_at: model.dateTime().nullable(),
})

export default WebhookEndpoint
