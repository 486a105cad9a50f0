export * from "./revalidate-storefront-cache"
