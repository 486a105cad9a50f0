export * from "./queue-notification"
export * from "./deliver-notification"
export * from "./deliver-due-notifications"
export * from "./apply-delivery-status"
