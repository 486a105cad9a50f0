export * from "./record-payment-failure"
export * from "./send-payment-failed-notification"
export * from "./refund-order"
export * from "./ensure-payment-account-holder"
