import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revalidateStorefrontWorkflow } from "../workflows/storefront"

/** Catalog edits in the admin show up in the storefront without waiting for a cache timeout. */
export default async function catalogChangedHandler({ container }: SubscriberArgs<{ id: string }>) {
  await revalidateStorefrontWorkflow(container).run({ input: { tags: ["products", "categories", "regions"] } })
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "product-category.created",
    "product-category.updated",
    "product-category.deleted",
    "region.created",
    "region.updated",
    "region.deleted",
  ],
}
