import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  replaceRegionRestrictionsStep,
  validateRegionRestrictionsInputStep,
} from "../steps"
import { revalidateStorefrontCacheStep } from "../../storefront"

export type SetRegionRestrictionsWorkflowInput = {
  region_id: string
  product_ids: string[]
}

/** Sets which products may not be sold in a region (replaces the list). */
export const setRegionRestrictionsWorkflow = createWorkflow(
  "set-region-restrictions",
  (input: SetRegionRestrictionsWorkflowInput) => {
    validateRegionRestrictionsInputStep(input)
    const productIds = replaceRegionRestrictionsStep(input)
    // the store listing of the region changed: drop the storefront's cached pages
    revalidateStorefrontCacheStep({ tags: ["products"] })
    return new WorkflowResponse(productIds)
  }
)
