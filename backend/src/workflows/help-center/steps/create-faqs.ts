import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { helpCenterService } from "./service"
import type { FaqInput } from "./types"

export const createFaqsStep = createStep(
  "create-faqs",
  async (input: FaqInput[], { container }) => {
    const faqs = await helpCenterService(container).createFaqs(input)
    return new StepResponse(faqs, faqs.map((f) => f.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await helpCenterService(container).deleteFaqs(ids)
    }
  }
)
