import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateApiKeysWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { setRegionRestrictionsWorkflow } from "../workflows/region-policy"
import { seedContent } from "./seed-content"
import { ensureAdminUser, ensureDemoShopper } from "./seed-users"
import { seedHelpCenter } from "./seed-help-center"
import { ensureServiceDelivery } from "./seed-service-delivery"
import { syncRegionPaymentProviders } from "./seed-payment-providers"
import { CATEGORIES, PRODUCTS, RESTRICTIONS } from "./seed-data/catalog"
import { CURRENCY_RATES, termPrice, TERMS } from "./seed-data/pricing"
import {
  PUBLISHABLE_KEY_TITLE,
  REGIONS,
  SALES_CHANNEL_NAME,
  STORE_NAME,
} from "./seed-data/regions"

export type SeedSummary = {
  created: Record<string, number>
  publishable_key: string
  changed: boolean
}

/**
 * Loads the demo store. Idempotent: every step looks for what it would
 * create first, so a second run creates nothing and says so.
 */
export async function seedDemoData(container: MedusaContainer): Promise<SeedSummary> {
  if (!process.env.ADMIN_PASSWORD && process.env.NODE_ENV === "production") {
    throw new Error("ADMIN_PASSWORD is not set: the demo admin password is for local use only.")
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const created: Record<string, number> = {}
  const count = (what: string, n: number) => {
    created[what] = (created[what] ?? 0) + n
  }
  const steps = 13
  const progress = (i: number, text: string) => logger.info(`[seed ${i}/${steps}] ${text}`)

  // 1. Sales channel and store settings
  progress(1, "store and sales channel")
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const storeService = container.resolve(Modules.STORE)
  const [store] = await storeService.listStores({}, { relations: ["supported_currencies"] })
  let [salesChannel] = await salesChannelService.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel && store.default_sales_channel_id) {
    // adopt the channel Medusa created on first start instead of adding a second one
    await updateSalesChannelsWorkflow(container).run({
      input: {
        selector: { id: store.default_sales_channel_id },
        update: { name: SALES_CHANNEL_NAME, description: "Online store" },
      },
    })
    salesChannel = await salesChannelService.retrieveSalesChannel(store.default_sales_channel_id)
    count("sales channels renamed", 1)
  }
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Online store" }] },
    })
    salesChannel = result[0]
    count("sales channels", 1)
  }
  const currencies = Object.keys(CURRENCY_RATES)
  const haveCurrencies = new Set((store.supported_currencies ?? []).map((c) => c.currency_code))
  if (
    store.name !== STORE_NAME ||
    store.default_sales_channel_id !== salesChannel.id ||
    currencies.some((c) => !haveCurrencies.has(c))
  ) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: STORE_NAME,
          default_sales_channel_id: salesChannel.id,
          supported_currencies: currencies.map((currency_code) => ({
            currency_code,
            is_default: currency_code === "usd",
          })),
        },
      },
    })
    count("store settings", 1)
  }

  // 2. Publishable key for the storefront
  progress(2, "publishable API key")
  const apiKeyService = container.resolve(Modules.API_KEY)
  const publishableKeys = (await apiKeyService.listApiKeys({ type: "publishable" })).filter(
    (k) => !k.revoked_at
  )
  let apiKey = publishableKeys.find((k) => k.title === PUBLISHABLE_KEY_TITLE)
  const defaultKey = publishableKeys.find((k) => k.title === "Default Publishable API Key")
  if (!apiKey && defaultKey) {
    // adopt the key Medusa created on first start: one key for one storefront
    await updateApiKeysWorkflow(container).run({
      input: { selector: { id: defaultKey.id }, update: { title: PUBLISHABLE_KEY_TITLE } },
    })
    apiKey = await apiKeyService.retrieveApiKey(defaultKey.id)
    count("publishable keys renamed", 1)
  }
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    apiKey = result[0]
    count("publishable keys", 1)
  }
  const { data: keyChannels } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: apiKey.id },
  })
  if (!keyChannels[0]?.sales_channels?.some((sc) => sc?.id === salesChannel.id)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannel.id] },
    })
    count("key links", 1)
  }

  // 3. Regions
  progress(3, "regions")
  const regionService = container.resolve(Modules.REGION)
  const existingRegions = await regionService.listRegions({}, { relations: ["countries"] })
  const regionByName = new Map(existingRegions.map((r) => [r.name, r]))
  const missingRegions = REGIONS.filter((r) => !regionByName.has(r.name))
  if (missingRegions.length) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: missingRegions.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: r.countries.map((c) => c.code),
          payment_providers: ["pp_system_default"],
          automatic_taxes: true,
        })),
      },
    })
    result.forEach((r) => regionByName.set(r.name, r as (typeof existingRegions)[number]))
    count("regions", result.length)
  }

  // 4. Tax regions
  progress(4, "tax regions")
  const taxService = container.resolve(Modules.TAX)
  const taxRegions = await taxService.listTaxRegions({})
  const haveTax = new Set(taxRegions.filter((t) => !t.parent_id).map((t) => t.country_code))
  const missingTax = REGIONS.flatMap((r) => r.countries).filter((c) => !haveTax.has(c.code))
  if (missingTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTax.map((c) => ({
        country_code: c.code,
        provider_id: "tp_system",
        default_tax_rate: { rate: c.tax_rate, code: `${c.code}-default`, name: c.tax_name },
      })),
    })
    count("tax regions", missingTax.length)
  }

  // 5. Categories
  progress(5, "categories")
  const productService = container.resolve(Modules.PRODUCT)
  const existingCategories = await productService.listProductCategories({
    handle: CATEGORIES.map((c) => c.handle),
  })
  const categoryByHandle = new Map(existingCategories.map((c) => [c.handle, c.id]))
  const missingCategories = CATEGORIES.filter((c) => !categoryByHandle.has(c.handle))
  if (missingCategories.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingCategories.map((c, i) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          rank: CATEGORIES.indexOf(c) ?? i,
        })),
      },
    })
    result.forEach((c) => categoryByHandle.set(c.handle, c.id))
    count("categories", result.length)
  }

  // 6. Products: plan × billing term, priced in every currency
  progress(6, `products (${PRODUCTS.length})`)
  const existingProducts = await productService.listProducts(
    { handle: PRODUCTS.map((p) => p.handle) },
    { select: ["id", "handle"] }
  )
  const productByHandle = new Map(existingProducts.map((p) => [p.handle, p.id]))
  const missingProducts = PRODUCTS.filter((p) => !productByHandle.has(p.handle))
  if (missingProducts.length) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: missingProducts.map((p) => ({
          title: p.title,
          subtitle: p.subtitle,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          is_giftcard: false,
          discountable: true,
          category_ids: [categoryByHandle.get(p.category)!],
          sales_channels: [{ id: salesChannel.id }],
          metadata: {
            featured: !!p.featured,
            service_specs: {
              locations: p.locations,
              plans: Object.fromEntries(p.plans.map((pl) => [pl.name, pl.spec])),
            },
            // purchase options (lib/service-config.ts): a domain plan asks for a name in these TLDs
            ...(p.domain_tlds ? { domain_tlds: p.domain_tlds } : {}),
          },
          options: [
            { title: "Plan", values: p.plans.map((pl) => pl.name) },
            { title: "Billing term", values: TERMS.map((t) => t.title) },
          ],
          variants: p.plans.flatMap((pl) =>
            TERMS.map((term) => ({
              title: `${pl.name} / ${term.title}`,
              sku: `${p.handle}-${pl.name}-${term.title}`
                .toLowerCase()
                .replace(/[^a-z0-9]+/g, "-")
                .replace(/^-|-$/g, ""),
              manage_inventory: false,
              allow_backorder: true,
              options: { Plan: pl.name, "Billing term": term.title },
              metadata: {
                plan: pl.name,
                billing_interval: term.interval,
                billing_interval_count: term.count,
              },
              prices: currencies.map((currency_code) => ({
                currency_code,
                amount: termPrice(pl.monthly_usd, term, currency_code),
              })),
            }))
          ),
        })),
      },
    })
    result.forEach((p) => productByHandle.set(p.handle, p.id))
    count("products", result.length)
  }

  // 7. Region restrictions
  progress(7, "region restrictions")
  const policy = container.resolve("region_policy") as {
    listRestrictedProductIds(regionId: string): Promise<string[]>
  }
  for (const restriction of RESTRICTIONS) {
    const region = regionByName.get(restriction.region)
    const productId = productByHandle.get(restriction.product_handle)
    if (!region || !productId) {
      continue
    }
    const current = await policy.listRestrictedProductIds(region.id)
    if (!current.includes(productId)) {
      await setRegionRestrictionsWorkflow(container).run({
        input: { region_id: region.id, product_ids: [...current, productId] },
      })
      count("region restrictions", 1)
    }
  }

  // 8. Admin user
  progress(8, "admin user")
  if (await ensureAdminUser(container)) {
    count("admin users", 1)
  }

  // 9. A demo shopper, verified like every account that can sign in
  progress(9, "demo shopper")
  const shoppers = await ensureDemoShopper(container)
  if (shoppers !== null) {
    count("verified demo shoppers", shoppers)
  }

  // 10. Help-center articles and FAQs
  progress(10, "help center")
  const help = await seedHelpCenter(container)
  if (help.articles) {
    count("help articles", help.articles)
  }
  if (help.faqs) {
    count("FAQs", help.faqs)
  }

  // 11. Payment providers per region (Stripe/PayPal/Razorpay when their keys are set, else offline)
  progress(11, "payment providers per region")
  const providerChanges = await syncRegionPaymentProviders(container)
  if (providerChanges.length) {
    count("regions with new payment providers", providerChanges.length)
  }

  // 12. Service delivery: the stock location and free option that fulfil a service's order line
  progress(12, "service delivery (fulfillment without shipping)")
  const delivery = await ensureServiceDelivery(container)
  if (delivery) {
    count("service delivery pieces", delivery)
  }

  // 13. The public site's blog posts, resources and company/legal pages
  progress(13, "blog, resources and company pages")
  const content = await seedContent(container)
  for (const [what, n] of [["blog posts", content.posts], ["resources", content.resources], ["pages", content.pages]] as const) {
    if (n) {
      count(what, n)
    }
  }

  const changed = Object.keys(created).length > 0
  const [seededStore] = await storeService.listStores({})
  if (!seededStore.metadata?.demo_seeded_at) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: seededStore.id },
        update: { metadata: { ...seededStore.metadata, demo_seeded_at: new Date().toISOString() } },
      },
    })
  }
  logger.info(
    changed
      ? `Seed done: created ${Object.entries(created)
          .map(([k, v]) => `${v} ${k}`)
          .join(", ")}.`
      : "Seed: everything was already there, nothing changed."
  )
  logger.info(`Storefront publishable key: ${apiKey.token}`)
  return { created, publishable_key: apiKey.token, changed }
}

/**
 * `medusa exec ./src/scripts/seed.ts [once]`: with `once` (what `npm start`
 * passes) a store that was seeded before is left alone, so demo products an
 * operator deleted do not come back on the next start.
 */
export default async function seed({ container, args }: ExecArgs) {
  if (args?.includes("once")) {
    const [store] = await container.resolve(Modules.STORE).listStores({})
    if (store?.metadata?.demo_seeded_at) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .info(`Demo data was loaded on ${store.metadata.demo_seeded_at}; nothing to do.`)
      // payment keys may have changed since: regions follow them on every start
      await syncRegionPaymentProviders(container)
      // stores seeded before service delivery existed get it on their next start
      await ensureServiceDelivery(container)
      // stores seeded before the public site's pages existed get them (deleted ones stay deleted)
      await seedContent(container)
      return
    }
  }
  await seedDemoData(container)
}
