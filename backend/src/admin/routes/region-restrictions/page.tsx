import { defineRouteConfig } from "@medusajs/admin-sdk"
import { GlobeEurope, XMark } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Select, Skeleton, Text, toast } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { useState } from "react"
import { DebouncedInput } from "../../components/debounced-input"
import {
  useProductSearch,
  useRegionRestrictions,
  useRegions,
  useSetRegionRestrictions,
  type RegionSummary,
} from "../../lib/region-restrictions"

/** "hidden from the storefront of Germany, France and Italy" */
const countryList = (region: RegionSummary) => {
  const names = region.countries.map((c) => c.display_name || c.iso_2.toUpperCase())
  if (!names.length) return "no country (the region has none)"
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`
}

/** One region's restricted products: what is hidden, the picker to hide more, and the effect in words. */
const RegionRestrictions = ({ region }: { region: RegionSummary }) => {
  const { data, isLoading, error } = useRegionRestrictions(region.id)
  const save = useSetRegionRestrictions(region.id)
  const [q, setQ] = useState("")
  const { data: matches = [], isFetching } = useProductSearch(q)
  const restricted = data?.products ?? []
  const ids = new Set(data?.product_ids ?? [])

  const apply = (next: string[], message: string) =>
    save.mutate(next, {
      onSuccess: () => toast.success(message),
      onError: (e) => toast.error("Could not update the restrictions", { description: e.message }),
    })

  if (error) {
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-4">
        Could not load the restrictions: {error.message}
      </Text>
    )
  }
  return (
    <>
      <div className="px-6 py-4" data-testid="region-restrictions-effect">
        {isLoading ? (
          <Skeleton className="h-5 w-2/3" />
        ) : restricted.length ? (
          <Text size="small">
            <span className="font-medium">
              {restricted.length} {restricted.length === 1 ? "product" : "products"} restricted
            </span>
            : hidden from the storefront of {countryList(region)}, and refused at checkout in {region.name}.
          </Text>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            Nothing restricted: every published product is sold in {countryList(region)}.
          </Text>
        )}
      </div>

      <div className="grid grid-cols-1 gap-0 md:grid-cols-2 md:divide-x">
        <div className="flex min-w-0 flex-col gap-y-2 px-6 py-4">
          <Heading level="h2">Restricted in {region.name}</Heading>
          {restricted.length === 0 && !isLoading && (
            <Text size="small" className="text-ui-fg-subtle" data-testid="region-restrictions-empty">
              No products restricted.
            </Text>
          )}
          <ul className="flex flex-col gap-y-1" data-testid="region-restricted-list">
            {restricted.map((p) => (
              <li key={p.id} className="bg-ui-bg-subtle flex items-center justify-between gap-x-2 rounded-md px-3 py-2" data-testid="region-restricted-product">
                <div className="min-w-0">
                  <Text size="small" weight="plus" className="truncate">
                    {p.title}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle truncate font-mono">
                    {p.handle}
                  </Text>
                </div>
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label={`Sell ${p.title} in ${region.name} again`}
                  disabled={save.isPending}
                  onClick={() => apply([...ids].filter((id) => id !== p.id), `${p.title} is sold in ${region.name} again`)}
                  data-testid="region-unrestrict"
                >
                  <XMark />
                </IconButton>
              </li>
            ))}
          </ul>
        </div>
        <div className="flex min-w-0 flex-col gap-y-2 px-6 py-4">
          <Heading level="h2">Restrict a product</Heading>
          <DebouncedInput
            placeholder="Search products by title"
            value={q}
            onChange={setQ}
            aria-label="Search products"
            data-testid="region-product-search"
          />
          <ul className="flex flex-col gap-y-1" data-testid="region-product-results">
            {matches.map((p) => {
              const on = ids.has(p.id)
              return (
                <li key={p.id} className="flex items-center justify-between gap-x-2 rounded-md px-3 py-2 hover:bg-ui-bg-base-hover" data-testid="region-product-option">
                  <div className="min-w-0">
                    <Text size="small" weight="plus" className="truncate">
                      {p.title}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      {p.handle} · {p.status}
                    </Text>
                  </div>
                  {on ? (
                    <Badge size="2xsmall" color="orange">
                      Restricted
                    </Badge>
                  ) : (
                    <Button
                      size="small"
                      variant="secondary"
                      disabled={save.isPending}
                      onClick={() => apply([...ids, p.id], `${p.title} is hidden in ${region.name}`)}
                      data-testid="region-restrict"
                    >
                      Restrict
                    </Button>
                  )}
                </li>
              )
            })}
            {!matches.length && (
              <Text size="small" className="text-ui-fg-subtle">
                {isFetching ? "Searching…" : "No product matches."}
              </Text>
            )}
          </ul>
        </div>
      </div>
    </>
  )
}

/**
 * Which products each region does not sell: they disappear from that region's storefront
 * (countries) and its carts refuse them. Pick a region, then restrict or release products.
 */
const RegionRestrictionsPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const { data: regions = [], isLoading, error } = useRegions()
  const selectedId = searchParams.get("region_id") ?? regions[0]?.id ?? null
  const region = regions.find((r) => r.id === selectedId) ?? null

  return (
    <Container className="divide-y p-0" data-testid="region-restrictions-page">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h1">Region restrictions</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Products a region does not sell: hidden from its storefront and refused at checkout.
          </Text>
        </div>
        {regions.length > 0 && (
          <Select
            size="small"
            value={selectedId ?? undefined}
            onValueChange={(id) => setSearchParams({ region_id: id }, { replace: true })}
          >
            <Select.Trigger className="w-[220px]" aria-label="Region" data-testid="region-restrictions-region">
              <Select.Value placeholder="Pick a region" />
            </Select.Trigger>
            <Select.Content>
              {regions.map((r) => (
                <Select.Item key={r.id} value={r.id}>
                  {r.name} ({r.currency_code.toUpperCase()})
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        )}
      </div>
      {isLoading ? (
        <div className="px-6 py-4">
          <Skeleton className="h-24 w-full" />
        </div>
      ) : error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load regions: {error.message}
        </Text>
      ) : !region ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No regions yet: create one under Settings → Regions.
        </Text>
      ) : (
        <RegionRestrictions key={region.id} region={region} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Region restrictions",
  icon: GlobeEurope,
})

export default RegionRestrictionsPage
