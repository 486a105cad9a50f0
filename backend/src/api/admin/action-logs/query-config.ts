export const adminActionLogFields = [
  "id",
  "actor_type",
  "actor_id",
  "action",
  "resource_type",
  "resource_id",
  "customer_id",
  "reason",
  "data",
  "ip",
  "created_at",
]

export const listActionLogsQueryConfig = {
  defaults: adminActionLogFields,
  defaultLimit: 20,
  isList: true,
}
