export * from "./find-or-create-guest-customer"
