import path from "path"
import stripeModule from "@medusajs/medusa/payment-stripe"
import type { InitiatePaymentInput, InitiatePaymentOutput } from "@medusajs/framework/types"

/**
 * Medusa's own Stripe provider (`@medusajs/medusa/payment-stripe`, identifier
 * `stripe`) with two CloudServices additions:
 *
 * 1. the Stripe SDK gets `host`/`port`/`protocol` from the options (the core
 *    provider constructs `new Stripe(apiKey)` with no way to point it
 *    elsewhere; tests talk to a local stub of Stripe's API);
 * 2. what a shopper may put into the payment session's `data` is narrowed:
 *    Medusa's store route accepts any `data` and the core provider copies most
 *    of it into the PaymentIntent (capture method, payment method, confirm…).
 *    Shoppers may only ask to save the card (`setup_future_usage:
 *    "off_session"`, needs an account holder = a signed-in customer).
 *    Server-side callers (auto-renew) pass an off-session charge through the
 *    payment context (`context.off_session_payment_method`), which the store
 *    route cannot set.
 */

type StripeBaseInstance = {
  stripe_: any
  options_: Record<string, any>
  initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput>
}
type StripeBaseClass = (new (cradle: Record<string, unknown>, options: Record<string, any>) => StripeBaseInstance) & {
  identifier: string
  validateOptions(options: Record<string, unknown>): void
}

/** Medusa exports its providers as plain constructors; the core Stripe one carries `identifier = "stripe"`. */
const isCoreStripeProvider = (s: (typeof stripeModule.services)[number]): s is StripeBaseClass =>
  "identifier" in s && s.identifier === "stripe"

const CoreStripeProvider = stripeModule.services.find(isCoreStripeProvider)

if (!CoreStripeProvider) {
  throw new Error("Medusa's Stripe provider (identifier `stripe`) was not found in @medusajs/medusa/payment-stripe")
}

/** The Stripe SDK the core provider itself loads (its own dependency, same version). */
function coreStripeSdk(): new (apiKey: string, config: Record<string, unknown>) => any {
  const providerDir = path.dirname(require.resolve("@medusajs/payment-stripe/package.json"))
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path resolved at run time from the provider's folder, which import cannot take
  const sdk = require(require.resolve("stripe", { paths: [providerDir] }))
  return sdk.default ?? sdk
}

export type CloudStripeOptions = {
  apiKey: string
  webhookSecret?: string
  capture?: boolean
  automaticPaymentMethods?: boolean
  paymentDescription?: string
  /** Stripe SDK host (e.g. `127.0.0.1` for a local stub); unset = api.stripe.com */
  apiHost?: string
  apiPort?: number
  apiProtocol?: "http" | "https"
}

/** Keys a shopper may send in the session `data` (everything else is dropped). */
const SHOPPER_DATA_KEYS = ["setup_future_usage"] as const

export function shopperSessionData(data: Record<string, unknown> | undefined, hasAccountHolder: boolean) {
  const out: Record<string, unknown> = {}
  if (!data) {
    return out
  }
  for (const key of SHOPPER_DATA_KEYS) {
    if (key === "setup_future_usage" && data[key] === "off_session" && hasAccountHolder) {
      out[key] = "off_session"
    }
  }
  return out
}

class CloudStripeProviderService extends CoreStripeProvider {
  static identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: CloudStripeOptions) {
    super(cradle, options)
    if (options.apiHost || options.apiPort || options.apiProtocol) {
      this.stripe_ = new (coreStripeSdk())(options.apiKey, {
        host: options.apiHost,
        port: options.apiPort,
        protocol: options.apiProtocol,
        maxNetworkRetries: 0,
      })
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const context = (input.context ?? {}) as Record<string, any>
    const accountHolderId: string | undefined = context.account_holder?.data?.id
    const data = (input.data ?? {}) as Record<string, unknown>
    const narrowed: Record<string, unknown> = {
      ...shopperSessionData(data, !!accountHolderId),
      session_id: data.session_id,
    }
    const offSessionMethod: string | undefined = context.off_session_payment_method
    if (offSessionMethod && accountHolderId) {
      // a renewal charged to the card the customer saved for auto-renew
      Object.assign(narrowed, {
        payment_method: offSessionMethod,
        off_session: true,
        confirm: true,
        automatic_payment_methods: { enabled: true, allow_redirects: "never" },
        payment_description: context.payment_description,
        metadata: context.payment_metadata,
      })
    }
    return super.initiatePayment({ ...input, data: narrowed })
  }
}

export default CloudStripeProviderService
