/**
 * The payment providers CloudServices registers with Medusa's payment module
 * (`@medusajs/medusa/payment`), built from the environment. A gateway is only
 * registered when its key is set, so a fresh checkout (no keys) runs on
 * Medusa's offline system provider (`pp_system_default`) alone.
 *
 * Provider ids as Medusa stores them (`pp_<identifier>_<id>`) and the webhook
 * URLs (`/hooks/payment/<identifier>_<id>`):
 *   stripe   → pp_stripe_stripe     → /hooks/payment/stripe_stripe
 *   paypal   → pp_paypal_paypal     → /hooks/payment/paypal_paypal
 *   razorpay → pp_razorpay_razorpay → /hooks/payment/razorpay_razorpay
 *
 * Which region offers which provider: `REGION_PAYMENT_GATEWAYS` below, applied
 * by the seed and on every start (see `src/scripts/seed-payment-providers.ts`, run by `sync-payment-providers.ts`).
 */

export type PaymentEnv = Record<string, string | undefined>

export type PaymentProviderConfig = {
  resolve: string
  id: string
  options: Record<string, unknown>
}

/** Medusa's id of the offline provider that ships with the payment module. */
export const SYSTEM_PROVIDER_ID = "pp_system_default"

export const PAYMENT_PROVIDER_IDS = {
  stripe: "pp_stripe_stripe",
  paypal: "pp_paypal_paypal",
  razorpay: "pp_razorpay_razorpay",
} as const

export type GatewayName = keyof typeof PAYMENT_PROVIDER_IDS

/**
 * Gateways per seeded region (matched by region name, case-insensitive). The
 * system provider is added to a region only while none of its gateways is
 * configured.
 */
export const REGION_PAYMENT_GATEWAYS: Record<string, GatewayName[]> = {
  "north america": ["stripe", "paypal"],
  europe: ["stripe", "paypal"],
  uk: ["stripe", "paypal"],
  "united kingdom": ["stripe", "paypal"],
  india: ["razorpay", "stripe"],
}

/** Gateways for a region not in the table: the card gateway alone. */
export const DEFAULT_REGION_GATEWAYS: GatewayName[] = ["stripe", "paypal"]

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") {
    return fallback
  }
  return value === "true" || value === "1"
}

/** Which real gateways have their keys set. */
export function configuredGateways(env: PaymentEnv = process.env): GatewayName[] {
  const out: GatewayName[] = []
  if (env.STRIPE_API_KEY) out.push("stripe")
  if (env.PAYPAL_CLIENT_ID) out.push("paypal")
  if (env.RAZORPAY_KEY_ID) out.push("razorpay")
  return out
}

/**
 * The provider ids a region should offer: its configured gateways, or the
 * offline system provider when none of them is configured.
 */
export function regionProviderIds(regionName: string, env: PaymentEnv = process.env): string[] {
  const wanted = REGION_PAYMENT_GATEWAYS[regionName.trim().toLowerCase()] ?? DEFAULT_REGION_GATEWAYS
  const configured = new Set(configuredGateways(env))
  const ids = wanted.filter((g) => configured.has(g)).map((g) => PAYMENT_PROVIDER_IDS[g])
  return ids.length ? ids : [SYSTEM_PROVIDER_ID]
}

/** The `providers` option of `@medusajs/medusa/payment`. */
export function buildPaymentProviders(env: PaymentEnv = process.env): PaymentProviderConfig[] {
  const providers: PaymentProviderConfig[] = []

  if (env.STRIPE_API_KEY) {
    providers.push({
      // Medusa's Stripe provider, subclassed only to hand the SDK a host/port/protocol
      // (tests point it at a local stub; unset = api.stripe.com)
      resolve: "./src/modules/payment-stripe",
      id: "stripe",
      options: {
        apiKey: env.STRIPE_API_KEY,
        webhookSecret: env.STRIPE_WEBHOOK_SECRET,
        // capture when the cart completes: hosting plans are delivered at once
        capture: flag(env.STRIPE_CAPTURE, true),
        automaticPaymentMethods: flag(env.STRIPE_AUTOMATIC_PAYMENT_METHODS, true),
        paymentDescription: env.STRIPE_PAYMENT_DESCRIPTION || undefined,
        apiHost: env.STRIPE_API_HOST || undefined,
        apiPort: env.STRIPE_API_PORT ? Number(env.STRIPE_API_PORT) : undefined,
        apiProtocol: env.STRIPE_API_PROTOCOL || undefined,
      },
    })
  }

  if (env.PAYPAL_CLIENT_ID) {
    providers.push({
      resolve: "./src/modules/payment-paypal",
      id: "paypal",
      // filled in by the PayPal module's owner (see src/modules/payment-paypal/README.md)
      options: {
        clientId: env.PAYPAL_CLIENT_ID,
        clientSecret: env.PAYPAL_CLIENT_SECRET,
        apiBase: env.PAYPAL_API_BASE || undefined,
        environment: env.PAYPAL_ENVIRONMENT || undefined,
        webhookId: env.PAYPAL_WEBHOOK_ID || undefined,
        capture: flag(env.PAYPAL_CAPTURE, true),
        webhookToleranceSeconds: env.PAYPAL_WEBHOOK_TOLERANCE_SECONDS
          ? Number(env.PAYPAL_WEBHOOK_TOLERANCE_SECONDS)
          : undefined,
        storefrontUrl: env.STOREFRONT_URL || "http://localhost:8000",
        brandName: env.BRAND_NAME || "CloudServices",
      },
    })
  }

  if (env.RAZORPAY_KEY_ID) {
    providers.push({
      resolve: "./src/modules/payment-razorpay",
      id: "razorpay",
      // filled in by the Razorpay module's owner (see src/modules/payment-razorpay/README.md)
      options: {
        keyId: env.RAZORPAY_KEY_ID,
        keySecret: env.RAZORPAY_KEY_SECRET,
        webhookSecret: env.RAZORPAY_WEBHOOK_SECRET || undefined,
        apiBase: env.RAZORPAY_API_BASE || undefined,
        capture: flag(env.RAZORPAY_CAPTURE, true),
        webhookMaxAgeSeconds: env.RAZORPAY_WEBHOOK_MAX_AGE_SECONDS
          ? Number(env.RAZORPAY_WEBHOOK_MAX_AGE_SECONDS)
          : undefined,
      },
    })
  }

  return providers
}
