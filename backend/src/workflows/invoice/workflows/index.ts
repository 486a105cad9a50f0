export * from "./create-credit-notes"
export * from "./create-invoice"
export * from "./refresh-invoice-status"
