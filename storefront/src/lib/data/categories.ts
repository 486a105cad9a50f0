"use server"

import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@lib/config"
import { CACHE_TAGS, CATALOG_REVALIDATE_SECONDS } from "@lib/constants"

export async function listCategories(): Promise<HttpTypes.StoreProductCategory[]> {
  return sdk.client
    .fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
      query: { fields: "id,name,handle,description,rank", limit: 100 },
      next: { tags: [CACHE_TAGS.categories], revalidate: CATALOG_REVALIDATE_SECONDS },
      cache: "force-cache",
    })
    .then(({ product_categories }) =>
      [...product_categories].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    )
}

export async function getCategoryByHandle(
  handle: string
): Promise<HttpTypes.StoreProductCategory | null> {
  const categories = await listCategories()
  return categories.find((category) => category.handle === handle) ?? null
}
