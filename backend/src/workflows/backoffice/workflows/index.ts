export * from "./customer-notes"
export * from "./update-support-profile"
export * from "./record-admin-event"
