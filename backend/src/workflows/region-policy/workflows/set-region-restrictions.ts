import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  replaceRegionRestrictionsStep,
  validateRegionRestrictionsInputStep,
} from "../steps"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { revalidateStorefrontCacheStep } from "../../storefront"

export type SetRegionRestrictionsWorkflowInput = {
  region_id: string
  product_ids: string[]
}

/** Sets which products may not be sold in a region (replaces the list); `region.restrictions_set` last. */
export const setRegionRestrictionsWorkflow = createWorkflow(
  "set-region-restrictions",
  (input: SetRegionRestrictionsWorkflowInput) => {
    validateRegionRestrictionsInputStep(input)
    const productIds = replaceRegionRestrictionsStep(input)
    // the store listing of the region changed: drop the storefront's cached pages
    revalidateStorefrontCacheStep({ tags: ["products"] })
    emitEventStep({ eventName: "region.restrictions_set", data: transform({ input }, ({ input }) => ({ id: input.region_id })) })
    return new WorkflowResponse(productIds)
  }
)
