export * from "./create-content-entries"
export * from "./update-content-entries"
export * from "./delete-content-entries"
