import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { helpCenterService } from "./service"

/** Soft-deletes articles (a deleted handle can be reused); the compensation restores them. */
export const deleteHelpArticlesStep = createStep(
  "delete-help-articles",
  async (ids: string[], { container }) => {
    await helpCenterService(container).softDeleteHelpArticles(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await helpCenterService(container).restoreHelpArticles(ids)
    }
  }
)
