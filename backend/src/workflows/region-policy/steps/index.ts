export * from "./validate-region-restrictions-input"
export * from "./replace-region-restrictions"
