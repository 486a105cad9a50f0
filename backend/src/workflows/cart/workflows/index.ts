export * from "./attach-guest-customer"
