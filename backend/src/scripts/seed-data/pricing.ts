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

/** A price for one term in one currency, rounded the way price lists are. */
export function termPrice(monthlyUsd: number, term: (typeof TERMS)[number], currency: string): number {
  const raw = monthlyUsd * term.count * (1 - term.discount) * CURRENCY_RATES[currency]
  if (currency === "inr") {
    return Math.max(9, Math.round(raw / 10) * 10 - 1)
  }
  return Math.round(raw * 100) / 100
}
