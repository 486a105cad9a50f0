/** Selling regions, their countries and the tax charged on top of list prices. */
export const REGIONS = [
  {
    name: "North America",
    currency_code: "usd",
    countries: [
      { code: "us", tax_rate: 0, tax_name: "Sales tax" },
      { code: "ca", tax_rate: 5, tax_name: "GST" },
    ],
  },
  {
    name: "Europe",
    currency_code: "eur",
    countries: [
      { code: "de", tax_rate: 19, tax_name: "MwSt." },
      { code: "fr", tax_rate: 20, tax_name: "TVA" },
      { code: "nl", tax_rate: 21, tax_name: "BTW" },
      { code: "es", tax_rate: 21, tax_name: "IVA" },
      { code: "it", tax_rate: 22, tax_name: "IVA" },
      { code: "ie", tax_rate: 23, tax_name: "VAT" },
    ],
  },
  {
    name: "United Kingdom",
    currency_code: "gbp",
    countries: [{ code: "gb", tax_rate: 20, tax_name: "VAT" }],
  },
  {
    name: "India",
    currency_code: "inr",
    countries: [{ code: "in", tax_rate: 18, tax_name: "GST" }],
  },
]

export const STORE_NAME = "CloudServices"
export const SALES_CHANNEL_NAME = "CloudServices Web Store"
export const PUBLISHABLE_KEY_TITLE = "CloudServices Storefront"
