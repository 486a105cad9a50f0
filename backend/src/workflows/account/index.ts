export * from "./events"
export * from "./steps"
export * from "./workflows"
export * from "./utils"
