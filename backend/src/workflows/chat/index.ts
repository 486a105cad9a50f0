export * from "./post-message"
export * from "./steps"
export * from "./workflows"
