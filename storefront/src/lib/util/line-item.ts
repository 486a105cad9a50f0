import { TERMS, TERM_MONTHS, TERM_UNIT, type Term } from "./product"

type ItemLike = {
  variant_title?: string | null
  variant?: {
    metadata?: Record<string, unknown> | null
    options?: { value: string; option?: { title?: string | null } | null }[] | null
  } | null
}

/** Plan and billing term of a cart or order line, from its variant. */
export function describeLineItem(item: ItemLike): { plan: string | null; term: Term | null } {
  let plan: string | null = null
  let term: Term | null = null

  for (const value of item.variant?.options ?? []) {
    const title = value.option?.title ?? ""
    if (/^plan$/i.test(title)) plan = value.value
    if (/term|billing/i.test(title)) term = TERMS.find((t) => t === value.value) ?? term
  }

  const metadata = item.variant?.metadata ?? {}
  if (!plan && typeof metadata.plan === "string") plan = metadata.plan
  if (!term) {
    const months = Number(metadata.billing_interval_count)
    term = TERMS.find((t) => TERM_MONTHS[t] === months) ?? null
  }
  if (!term && item.variant_title) {
    term = TERMS.find((t) => item.variant_title!.includes(t)) ?? null
  }
  return { plan, term }
}

export function termUnit(term: Term | null) {
  return term ? TERM_UNIT[term] : null
}
