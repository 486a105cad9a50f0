export * from "./record-admin-action"
export * from "./customer-notes"
