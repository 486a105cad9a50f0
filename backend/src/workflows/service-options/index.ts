export * from "./utils/assert-service-config"
export * from "./utils/load-service-options"
