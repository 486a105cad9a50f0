import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { helpCenterService } from "./service"

/** Soft-deletes FAQs; the compensation restores them. */
export const deleteFaqsStep = createStep(
  "delete-faqs",
  async (ids: string[], { container }) => {
    await helpCenterService(container).softDeleteFaqs(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await helpCenterService(container).restoreFaqs(ids)
    }
  }
)
