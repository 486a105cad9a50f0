export * from "./record-admin-action"
export * from "./customer-notes"
export * from "./save-support-profile"
export * from "./describe-admin-event"
