/** One formatter per locale and currency: making an Intl.NumberFormat costs far more than using one. */
const formatters = new Map<string, Intl.NumberFormat>()

function formatter(locales: string[], currency: string) {
  const key = `${locales[0]}|${currency}`
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.NumberFormat(locales, {
      style: "currency",
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    formatters.set(key, cached)
  }
  return cached
}

/**
 * Formats a major-unit amount (12.5 = $12.50) in the given currency. The
 * country code picks digit grouping (en-IN groups lakhs, en-DE shows €12.50).
 */
export function formatMoney(
  amount: number | string | null | undefined,
  currencyCode: string | null | undefined,
  countryCode?: string
) {
  const value = Number(amount ?? 0)
  const currency = (currencyCode || "usd").toUpperCase()
  const locales = countryCode ? [`en-${countryCode.toUpperCase()}`, "en-US"] : ["en-US"]

  try {
    return formatter(locales, currency).format(value)
  } catch {
    return `${value.toFixed(2)} ${currency}`
  }
}
