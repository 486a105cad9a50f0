export * from "./identity"
export * from "./overview"
export * from "./checkout"
