export * from "./purge-notification-logs"
