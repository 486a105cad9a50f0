export * from "./revalidate-storefront"
