export * from "./find-or-create-guest-customer"
export * from "./validate-terms-acceptance"
