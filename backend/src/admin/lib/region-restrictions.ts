import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type RegionSummary = {
  id: string
  name: string
  currency_code: string
  countries: { iso_2: string; display_name: string }[]
}

export type RestrictedProduct = { id: string; title: string; handle: string }

export type ProductChoice = { id: string; title: string; handle: string; status: string; thumbnail: string | null }

export const regionRestrictionKeys = {
  regions: ["region-restrictions", "regions"] as const,
  region: (id: string) => ["region-restrictions", "region", id] as const,
  products: (q: string) => ["region-restrictions", "products", q] as const,
}

/** Medusa's regions with their countries (GET /admin/regions). */
export const useRegions = () =>
  useQuery({
    queryKey: regionRestrictionKeys.regions,
    queryFn: () =>
      sdk.client.fetch<{ regions: RegionSummary[] }>("/admin/regions", {
        query: { limit: 100, fields: "id,name,currency_code,countries.iso_2,countries.display_name" },
      }),
    select: (data) => data.regions,
  })

/** The products not sold in a region (GET /admin/regions/:id/restrictions). */
export const useRegionRestrictions = (regionId: string | null) =>
  useQuery({
    queryKey: regionRestrictionKeys.region(regionId ?? ""),
    queryFn: () =>
      sdk.client.fetch<{ region_id: string; product_ids: string[]; products: RestrictedProduct[] }>(
        `/admin/regions/${regionId}/restrictions`
      ),
    enabled: !!regionId,
  })

/** Replaces a region's restricted products (POST /admin/regions/:id/restrictions). */
export const useSetRegionRestrictions = (regionId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (productIds: string[]) =>
      sdk.client.fetch<{ region_id: string; product_ids: string[]; products: RestrictedProduct[] }>(
        `/admin/regions/${regionId}/restrictions`,
        { method: "POST", body: { product_ids: productIds } }
      ),
    onSuccess: (data) => queryClient.setQueryData(regionRestrictionKeys.region(regionId), data),
  })
}

/** Products matching `q` (Medusa's GET /admin/products), for the picker. */
export const useProductSearch = (q: string) =>
  useQuery({
    queryKey: regionRestrictionKeys.products(q),
    queryFn: () =>
      sdk.client.fetch<{ products: ProductChoice[] }>("/admin/products", {
        query: { ...(q ? { q } : {}), limit: 10, fields: "id,title,handle,status,thumbnail" },
      }),
    placeholderData: keepPreviousData,
    select: (data) => data.products,
  })
