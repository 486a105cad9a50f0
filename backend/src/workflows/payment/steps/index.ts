export * from "./record-payment-failure"
