export * from "./record-payment-failure"
export * from "./send-payment-failed-notification"
export * from "./refund-order"
