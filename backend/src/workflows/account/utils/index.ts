export * from "./identity"
export * from "./overview"
export * from "./checkout"
export * from "./account-counters"
