import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CloudStripeProviderService from "./service"

/** Medusa's Stripe provider with SDK host options; see ./service.ts. Provider id `pp_stripe_stripe`. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [CloudStripeProviderService],
})
