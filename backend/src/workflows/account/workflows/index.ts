export * from "./ensure-account-profile"
export * from "./security"
export * from "./password-reset"
