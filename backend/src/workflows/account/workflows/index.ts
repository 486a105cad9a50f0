export * from "./ensure-account-profile"
