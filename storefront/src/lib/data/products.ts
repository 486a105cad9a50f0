"use server"

import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@lib/config"
import { CACHE_TAGS, CATALOG_REVALIDATE_SECONDS, PRODUCTS_PER_PAGE } from "@lib/constants"
import { isFeatured } from "@lib/util/product"
import { NO_SERVICE_OPTIONS, type ServiceOptions } from "@lib/util/service-config"

const PRODUCT_FIELDS = [
  "*variants.calculated_price",
  "+variants.metadata",
  "*variants.options",
  "+metadata",
  "*categories",
  "*options",
  "*options.values",
].join(",")

const catalogCache = {
  next: { tags: [CACHE_TAGS.products], revalidate: CATALOG_REVALIDATE_SECONDS },
  cache: "force-cache" as const,
}

type ListProductsInput = {
  regionId: string
  q?: string
  categoryId?: string
  page?: number
  limit?: number
}

/**
 * One page of the catalog as the region sees it (the backend already leaves
 * out products restricted in that region).
 */
export async function listProducts({
  regionId,
  q,
  categoryId,
  page = 1,
  limit = PRODUCTS_PER_PAGE,
}: ListProductsInput): Promise<{ products: HttpTypes.StoreProduct[]; count: number }> {
  const query: Record<string, unknown> = {
    region_id: regionId,
    fields: PRODUCT_FIELDS,
    limit,
    offset: (Math.max(page, 1) - 1) * limit,
    order: "title",
  }
  if (q) {
    query.q = q
  }
  if (categoryId) {
    query.category_id = categoryId
  }

  return sdk.client
    .fetch<HttpTypes.StoreProductListResponse>("/store/products", { query, ...catalogCache })
    .then(({ products, count }) => ({ products, count }))
}

/** Every product of the region (the catalog is small: a few dozen plans). */
export async function listAllProducts(regionId: string): Promise<HttpTypes.StoreProduct[]> {
  const { products } = await listProducts({ regionId, limit: 200 })
  return products
}

export async function listFeaturedProducts(regionId: string): Promise<HttpTypes.StoreProduct[]> {
  const products = await listAllProducts(regionId)
  return products.filter(isFeatured)
}

/**
 * A product by handle with prices for the region. A product restricted in
 * the region is missing from the region's listing, so it is found without
 * the region and read by id, which the backend still answers.
 */
export async function getProductByHandle(
  handle: string,
  regionId: string
): Promise<HttpTypes.StoreProduct | null> {
  const inRegion = await sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, region_id: regionId, fields: PRODUCT_FIELDS, limit: 1 },
    ...catalogCache,
  })
  if (inRegion.products[0]) {
    return inRegion.products[0]
  }

  const anywhere = await sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, fields: "id", limit: 1 },
    ...catalogCache,
  })
  const id = anywhere.products[0]?.id
  if (!id) {
    return null
  }

  return sdk.client
    .fetch<HttpTypes.StoreProductResponse>(`/store/products/${id}`, {
      query: { region_id: regionId, fields: PRODUCT_FIELDS },
      ...catalogCache,
    })
    .then(({ product }) => product)
    .catch(() => null)
}

/** Ids of the products that cannot be bought in the region. */
export async function listRestrictedProductIds(regionId: string): Promise<string[]> {
  return sdk.client
    .fetch<{ product_ids: string[] }>(`/store/regions/${regionId}/restrictions`, {
      next: {
        tags: [CACHE_TAGS.restrictions, CACHE_TAGS.products],
        revalidate: CATALOG_REVALIDATE_SECONDS,
      },
      cache: "force-cache",
    })
    .then(({ product_ids }) => product_ids ?? [])
    .catch(() => [])
}

/**
 * What the buyer chooses for a product at purchase (data center, OS image,
 * hostname, domain), cached with the catalog; none when it can't be read.
 */
export async function getServiceOptions(productId: string): Promise<ServiceOptions> {
  return sdk.client
    .fetch<ServiceOptions>(`/store/products/${encodeURIComponent(productId)}/service-options`, catalogCache)
    .catch(() => NO_SERVICE_OPTIONS)
}
