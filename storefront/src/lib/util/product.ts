import type { HttpTypes } from "@medusajs/types"

export const TERMS = ["Monthly", "Quarterly", "Yearly"] as const
export type Term = (typeof TERMS)[number]

export const TERM_MONTHS: Record<Term, number> = { Monthly: 1, Quarterly: 3, Yearly: 12 }
export const TERM_UNIT: Record<Term, string> = { Monthly: "month", Quarterly: "quarter", Yearly: "year" }

/** One plan of `product.metadata.service_specs.plans`; every field is optional. */
export type PlanSpecs = {
  vcpu?: number
  ram_gb?: number
  storage_gb?: number
  bandwidth_tb?: number
  features?: string[]
  [key: string]: unknown
}

export type ServiceSpecs = {
  locations: string[]
  plans: Record<string, PlanSpecs>
}

/** A purchasable plan × billing term, flattened from a variant. */
export type Offer = {
  variantId: string
  plan: string
  term: Term
  /** Price of one term in major units, null when the region has no price. */
  amount: number | null
  currencyCode: string | null
}

export type SpecRow = { key: string; label: string; value: string }

const PLAN_OPTION = /^plan$/i
const TERM_OPTION = /term|billing/i

function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value === "string") {
    try {
      return asRecord(JSON.parse(value))
    } catch {
      return {}
    }
  }
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {}
}

export function getServiceSpecs(product: HttpTypes.StoreProduct): ServiceSpecs {
  const raw = asRecord(asRecord(product.metadata).service_specs)
  const locations = Array.isArray(raw.locations) ? raw.locations.map(String) : []
  const plans: Record<string, PlanSpecs> = {}
  for (const [name, specs] of Object.entries(asRecord(raw.plans))) {
    plans[name] = asRecord(specs) as PlanSpecs
  }
  return { locations, plans }
}

export function isFeatured(product: HttpTypes.StoreProduct) {
  const featured = asRecord(product.metadata).featured
  return featured === true || featured === "true"
}

function toTerm(value: unknown): Term | null {
  const text = String(value ?? "").trim().toLowerCase()
  return TERMS.find((term) => term.toLowerCase() === text) ?? null
}

function termFromInterval(count: unknown): Term | null {
  const months = Number(count)
  return TERMS.find((term) => TERM_MONTHS[term] === months) ?? null
}

/**
 * Reads plan and term of every variant from its option values (option titles
 * "Plan" and "Billing term"), falling back to the variant metadata.
 */
export function getOffers(product: HttpTypes.StoreProduct): Offer[] {
  const optionTitles = new Map<string, string>()
  for (const option of product.options ?? []) {
    optionTitles.set(option.id, option.title)
  }

  const offers: Offer[] = []
  for (const variant of product.variants ?? []) {
    const metadata = asRecord(variant.metadata)
    let plan: string | null = null
    let term: Term | null = null

    for (const value of variant.options ?? []) {
      const title = value.option?.title ?? optionTitles.get(value.option_id ?? "") ?? ""
      if (PLAN_OPTION.test(title)) {
        plan = value.value
      } else if (TERM_OPTION.test(title)) {
        term = toTerm(value.value)
      }
    }

    plan ??= typeof metadata.plan === "string" ? metadata.plan : null
    term ??= termFromInterval(metadata.billing_interval_count)

    if (!plan || !term) {
      continue
    }

    const price = variant.calculated_price
    const amount = price?.calculated_amount
    offers.push({
      variantId: variant.id,
      plan,
      term,
      amount: typeof amount === "number" ? amount : amount == null ? null : Number(amount),
      currencyCode: price?.currency_code ?? null,
    })
  }
  return offers
}

export function findOffer(offers: Offer[], plan: string, term: Term) {
  return offers.find((offer) => offer.plan === plan && offer.term === term)
}

/** Plan names, cheapest monthly first (Starter, Standard, Pro…). */
export function getPlanNames(offers: Offer[], specs?: ServiceSpecs): string[] {
  const names = Array.from(new Set(offers.map((offer) => offer.plan)))
  const specOrder = Object.keys(specs?.plans ?? {})
  const monthly = (plan: string) =>
    findOffer(offers, plan, "Monthly")?.amount ?? Number.POSITIVE_INFINITY
  return names.sort((a, b) => {
    const byPrice = monthly(a) - monthly(b)
    if (byPrice !== 0 && Number.isFinite(byPrice)) {
      return byPrice
    }
    return specOrder.indexOf(a) - specOrder.indexOf(b)
  })
}

export function getTerms(offers: Offer[]): Term[] {
  return TERMS.filter((term) => offers.some((offer) => offer.term === term))
}

/** The cheapest monthly offer, for "from $x/month" on cards. */
export function cheapestMonthly(offers: Offer[]) {
  return offers
    .filter((offer) => offer.term === "Monthly" && offer.amount != null)
    .sort((a, b) => (a.amount ?? 0) - (b.amount ?? 0))[0]
}

/**
 * What a longer term saves against paying monthly for the same period, or
 * null when it saves nothing.
 */
export function termSavings(offers: Offer[], plan: string, term: Term) {
  if (term === "Monthly") {
    return null
  }
  const monthly = findOffer(offers, plan, "Monthly")?.amount
  const current = findOffer(offers, plan, term)?.amount
  if (monthly == null || current == null) {
    return null
  }
  const full = monthly * TERM_MONTHS[term]
  const saved = full - current
  if (saved <= 0.005) {
    return null
  }
  return { amount: saved, percent: Math.round((saved / full) * 100) }
}

const KNOWN_SPECS: Record<string, { label: string; format: (n: number) => string }> = {
  vcpu: { label: "vCPU", format: (n) => `${n} vCPU${n === 1 ? "" : "s"}` },
  ram_gb: { label: "Memory", format: (n) => `${n} GB` },
  storage_gb: {
    label: "Storage",
    format: (n) => (n >= 1000 ? `${+(n / 1000).toFixed(2)} TB` : `${n} GB`),
  },
  bandwidth_tb: { label: "Bandwidth", format: (n) => `${n} TB / month` },
}

const UNIT_SUFFIXES: Record<string, string> = {
  gb: "GB",
  tb: "TB",
  mb: "MB",
  gbps: "Gbps",
  mbps: "Mbps",
}

function humanize(key: string) {
  const words = key.split("_")
  const last = words[words.length - 1]
  const unit = UNIT_SUFFIXES[last]
  const label = (unit ? words.slice(0, -1) : words).join(" ")
  return { label: label.charAt(0).toUpperCase() + label.slice(1), unit }
}

/** Spec rows for one plan: only the fields that exist, in a stable order. */
export function specRows(plan: PlanSpecs | undefined): SpecRow[] {
  if (!plan) {
    return []
  }
  const rows: SpecRow[] = []
  for (const [key, known] of Object.entries(KNOWN_SPECS)) {
    const value = plan[key]
    if (typeof value === "number" || (typeof value === "string" && value !== "")) {
      rows.push({ key, label: known.label, value: known.format(Number(value)) })
    }
  }
  for (const [key, value] of Object.entries(plan)) {
    if (key in KNOWN_SPECS || key === "features" || value == null || value === "") {
      continue
    }
    if (typeof value === "number" || typeof value === "string") {
      const { label, unit } = humanize(key)
      rows.push({ key, label, value: unit ? `${value} ${unit}` : String(value) })
    } else if (typeof value === "boolean") {
      rows.push({ key, label: humanize(key).label, value: value ? "Included" : "Not included" })
    }
  }
  return rows
}

export function planFeatures(plan: PlanSpecs | undefined): string[] {
  return Array.isArray(plan?.features) ? plan.features.map(String) : []
}
