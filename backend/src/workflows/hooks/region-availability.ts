import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertCustomerMayBuy, assertPlanBuyerVerified } from "../account/utils/checkout"
import { assertTermsAccepted } from "../cart/utils/terms"
import { assertRegionAvailability } from "../region-policy"
import { assertServiceConfig, continuesSubscription } from "../service-options"

/**
 * Restricted products can't be put in a cart of that region, and a line of
 * a product with purchase options (data center, OS, hostname, domain) must
 * carry valid ones in `metadata.service_config` ... (Medusa allows one
 * handler per hook, so every cart guard is called from here.)
 */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertRegionAvailability(container, {
    region_id: cart.region_id,
    variant_ids: (input.items ?? []).map((i) => i.variant_id),
  })
  await assertServiceConfig(container, input.items)
})

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertRegionAvailability(container, {
    region_id: cart.region_id,
    variant_ids: (cart.items ?? []).map((i) => i.variant_id),
  })
  await assertServiceConfig(container, cart.items)
})

/** ... also when a line's metadata is replaced (a quantity change leaves the options alone). */
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  if (input.update.metadata === undefined) {
    return
  }
  const item = (cart.items ?? []).find((i) => i?.id === input.item_id)
  if (!item || continuesSubscription(item.metadata)) {
    return
  }
  await assertServiceConfig(container, [{ variant_id: item.variant_id, metadata: input.update.metadata }])
})

/**
 * ... nor bought there, even if the region changed after they were added;
 * suspended or unverified accounts can't check out, plans are sold only
 * to verified accounts, and the purchase options are checked once more (a
 * data center may have closed since the line was added); and the shopper
 * must have accepted the Terms of Service (POST /store/carts/:id/accept-terms).
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCustomerMayBuy(container, cart)
  await assertPlanBuyerVerified(container, cart)
  await assertRegionAvailability(container, {
    region_id: cart.region_id,
    variant_ids: (cart.items ?? []).map((i) => i.variant_id),
  })
  await assertServiceConfig(container, cart.items)
  // last, so the refusals above keep their own messages
  assertTermsAccepted(cart)
})
