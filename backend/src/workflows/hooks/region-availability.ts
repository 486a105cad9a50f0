import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertCustomerMayBuy, assertPlanBuyerVerified } from "../account/utils/checkout"
import { assertRegionAvailability } from "../region-policy"

/** Restricted products can't be put in a cart of that region ... */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertRegionAvailability(container, {
    region_id: cart.region_id,
    variant_ids: (input.items ?? []).map((i) => i.variant_id),
  })
})

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertRegionAvailability(container, {
    region_id: cart.region_id,
    variant_ids: (cart.items ?? []).map((i) => i.variant_id),
  })
})

/**
 * ... nor bought there, even if the region changed after they were added;
 * suspended or unverified accounts can't check out, and plans are sold only
 * to verified accounts (one handler per hook).
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCustomerMayBuy(container, cart)
  await assertPlanBuyerVerified(container, cart)
  await assertRegionAvailability(container, {
    region_id: cart.region_id,
    variant_ids: (cart.items ?? []).map((i) => i.variant_id),
  })
})
