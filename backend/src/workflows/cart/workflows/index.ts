export * from "./attach-guest-customer"
export * from "./accept-cart-terms"
