import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { helpCenterService } from "./service"
import type { HelpArticleUpdate } from "./types"

const FIELDS = ["id", "title", "handle", "body", "excerpt", "category", "tags", "published"] as const

/** Updates articles; the compensation puts back the fields as they were. */
export const updateHelpArticlesStep = createStep(
  "update-help-articles",
  async (input: HelpArticleUpdate[], { container }) => {
    const service = helpCenterService(container)
    const ids = input.map((a) => a.id)
    const before = await service.listHelpArticles({ id: ids }, { select: [...FIELDS] })
    const missing = ids.find((id) => !before.some((a) => a.id === id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Help article with id: ${missing} was not found`)
    }
    const updated = await service.updateHelpArticles(
      input.map(({ tags, ...rest }) => (tags ? { ...rest, tags } : rest))
    )
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before?.length) {
      await helpCenterService(container).updateHelpArticles(before)
    }
  }
)
