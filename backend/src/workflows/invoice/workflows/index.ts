export * from "./create-credit-notes"
export * from "./create-invoice"
