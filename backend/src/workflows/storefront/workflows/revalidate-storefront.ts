import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revalidateStorefrontCacheStep } from "../steps"

export type RevalidateStorefrontWorkflowInput = { tags: string[] }

/** Flushes the storefront's cached catalog pages after the catalog changed. */
export const revalidateStorefrontWorkflow = createWorkflow(
  "revalidate-storefront",
  (input: RevalidateStorefrontWorkflowInput) => {
    const result = revalidateStorefrontCacheStep(input)
    return new WorkflowResponse(result)
  }
)
