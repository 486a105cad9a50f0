"use server"

import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@lib/config"
import { CACHE_TAGS, CATALOG_REVALIDATE_SECONDS } from "@lib/constants"

export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  return sdk.client
    .fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
      query: { fields: "id,name,currency_code,*countries", limit: 100 },
      next: { tags: [CACHE_TAGS.regions], revalidate: CATALOG_REVALIDATE_SECONDS },
      cache: "force-cache",
    })
    .then(({ regions }) => regions)
}

/** The region a country belongs to, or null for a country no region sells to. */
export async function getRegion(countryCode: string): Promise<HttpTypes.StoreRegion | null> {
  const code = countryCode.toLowerCase()
  const regions = await listRegions()
  return (
    regions.find((region) => region.countries?.some((country) => country.iso_2 === code)) ?? null
  )
}
