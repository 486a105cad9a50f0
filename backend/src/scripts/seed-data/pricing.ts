/** Billing terms every plan is sold in, with the discount for paying ahead. */
export const TERMS = [
  { title: "Monthly", interval: "month", count: 1, discount: 0 },
  { title: "Quarterly", interval: "month", count: 3, discount: 0.05 },
  { title: "Yearly", interval: "month", count: 12, discount: 0.15 },
] as const

/** Demo exchange rates from USD list prices. */
export const CURRENCY_RATES: Record<string, number> = {
  usd: 1,
  eur: 0.92,
  gbp: 0.79,
  inr: 84,
}

type Term = (typeof TERMS)[number]

const cents = (amount: number) => Math.round(amount * 100) / 100

/**
 * A regional monthly price as price lists show it: the converted USD price moved to the
 * nearest charm price (€1.19, €5.49, €21.99, €229; ₹419, ₹4,999).
 */
function charmMonthly(raw: number, currency: string): number {
  if (currency === "inr") {
    const step = raw < 1000 ? 10 : 50
    return Math.max(9, Math.round((raw + 1) / step) * step - 1)
  }
  if (raw < 5) {
    return Math.max(0.49, cents(Math.round(raw * 10) / 10 - 0.01))
  }
  if (raw < 20) {
    return cents(Math.round(raw * 2) / 2 - 0.01)
  }
  if (raw < 100) {
    return cents(Math.round(raw) - 0.01)
  }
  const step = raw < 1000 ? 10 : 50
  return Math.round((raw + 1) / step) * step - 1
}

/** The saving a shopper sees next to a term (the storefront rounds to whole percent). */
const shownSaving = (price: number, fullPrice: number) => Math.round((1 - price / fullPrice) * 100)

/**
 * A regional price for a longer term: the monthly charm price × months less the term's
 * discount, then the nicest nearby price whose saving still shows as exactly the advertised
 * percentage ("save 15%" is never 14% or 16%).
 */
function charmTerm(monthly: number, term: Term, currency: string): number {
  const full = monthly * term.count
  const target = full * (1 - term.discount)
  const candidates =
    currency === "inr"
      ? [
          Math.round((target + 1) / 100) * 100 - 1,
          Math.round((target + 1) / 10) * 10 - 1,
          Math.floor((target + 1) / 10) * 10 - 1,
          Math.round(target),
        ]
      : [
          Math.round((target + 1) / 10) * 10 - 1,
          Math.round((target + 1) / 5) * 5 - 1,
          cents(Math.round(target) - 0.01),
          cents(Math.round(target * 2) / 2 - 0.01),
          cents(Math.round(target * 10) / 10 - 0.01),
          cents(target),
        ]
  const advertised = Math.round(term.discount * 100)
  return candidates.find((price) => price > 0 && shownSaving(price, full) === advertised) ?? cents(target)
}

/**
 * A price for one term in one currency. US dollars are the list prices themselves (to the
 * cent); other currencies get charm prices: the monthly price converted and rounded, and the
 * longer terms derived from that monthly price so their saving is exactly the advertised one.
 */
export function termPrice(monthlyUsd: number, term: Term, currency: string): number {
  if (currency === "usd") {
    return cents(monthlyUsd * term.count * (1 - term.discount))
  }
  const monthly = charmMonthly(monthlyUsd * CURRENCY_RATES[currency], currency)
  return term.count === 1 ? monthly : charmTerm(monthly, term, currency)
}
