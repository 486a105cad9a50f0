import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { helpCenterService } from "./service"
import type { FaqUpdate } from "./types"

const FIELDS = ["id", "question", "answer", "category", "rank", "published"] as const

/** Updates FAQs; the compensation puts back the fields as they were. */
export const updateFaqsStep = createStep(
  "update-faqs",
  async (input: FaqUpdate[], { container }) => {
    const service = helpCenterService(container)
    const ids = input.map((f) => f.id)
    const before = await service.listFaqs({ id: ids }, { select: [...FIELDS] })
    const missing = ids.find((id) => !before.some((f) => f.id === id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `FAQ with id: ${missing} was not found`)
    }
    const updated = await service.updateFaqs(input)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before?.length) {
      await helpCenterService(container).updateFaqs(before as FaqUpdate[])
    }
  }
)
