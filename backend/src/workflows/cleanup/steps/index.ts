export * from "./archive-email-logs"
export * from "./purge-notification-logs"
export * from "./purge-payment-failures"
export * from "./purge-verification-codes"
