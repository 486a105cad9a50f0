export * from "./run-cleanup"
