export * from "./set-region-restrictions"
