export const adminImpersonationFields = [
  "id",
  "user_id",
  "customer_id",
  "reason",
  "status",
  "started_at",
  "expires_at",
  "ended_at",
  "duration_seconds",
  "ended_by",
  "ip",
  "user_agent",
  "created_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "user.id",
  "user.email",
  "user.first_name",
  "user.last_name",
]

export const listImpersonationsQueryConfig = {
  defaults: adminImpersonationFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveImpersonationQueryConfig = {
  defaults: adminImpersonationFields,
  isList: false,
}
