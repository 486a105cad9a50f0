export * from "./record-admin-action"
