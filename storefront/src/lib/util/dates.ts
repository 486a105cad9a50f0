export function formatDate(value: string | Date | null | undefined, countryCode?: string) {
  if (!value) {
    return ""
  }
  const locales = countryCode ? [`en-${countryCode.toUpperCase()}`, "en-US"] : ["en-US"]
  return new Intl.DateTimeFormat(locales, { dateStyle: "medium" }).format(new Date(value))
}

export function formatDateTime(value: string | Date | null | undefined, countryCode?: string) {
  if (!value) {
    return ""
  }
  const locales = countryCode ? [`en-${countryCode.toUpperCase()}`, "en-US"] : ["en-US"]
  return new Intl.DateTimeFormat(locales, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(value)
  )
}
