export * from "./customer-notes"
