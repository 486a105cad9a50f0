/** Never the signing secret: it is in the create answer only. */
export const adminWebhookEndpointFields = [
  "id",
  "url",
  "events",
  "enabled",
  "description",
  "last_success_at",
  "last_failure_at",
  "created_at",
  "updated_at",
]

export const adminWebhookDeliveryFields = [
  "id",
  "endpoint_id",
  "event_type",
  "event_id",
  "payload",
  "status",
  "attempts",
  "next_attempt_at",
  "response_status",
  "response_body",
  "error",
  "delivered_at",
  "created_at",
  "updated_at",
]

const endpointConfig = { defaults: adminWebhookEndpointFields, allowed: adminWebhookEndpointFields, disallowed: ["secret"] }

export const listAdminWebhookEndpointsQueryConfig = { ...endpointConfig, defaultLimit: 20, isList: true }
export const retrieveAdminWebhookEndpointQueryConfig = { ...endpointConfig, isList: false }

export const listAdminWebhookDeliveriesQueryConfig = {
  defaults: adminWebhookDeliveryFields,
  allowed: adminWebhookDeliveryFields,
  defaultLimit: 20,
  isList: true,
}
export const retrieveAdminWebhookDeliveryQueryConfig = {
  defaults: adminWebhookDeliveryFields,
  allowed: adminWebhookDeliveryFields,
  isList: false,
}
