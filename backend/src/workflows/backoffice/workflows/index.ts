export * from "./customer-notes"
export * from "./update-support-profile"
