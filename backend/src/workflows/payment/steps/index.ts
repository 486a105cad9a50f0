export * from "./record-payment-failure"
export * from "./validate-order-refund"
