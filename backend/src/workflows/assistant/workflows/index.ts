export * from "./answer-question"
