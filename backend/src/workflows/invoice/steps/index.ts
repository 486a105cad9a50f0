export * from "./issue-credit-notes"
export * from "./issue-invoice"
export * from "./service"
export * from "./validate-invoiceable-order"
