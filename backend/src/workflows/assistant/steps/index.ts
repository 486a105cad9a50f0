export * from "./answer-question"
export * from "./get-customer-context"
export * from "./search-help-context"
export * from "./validate-question"
