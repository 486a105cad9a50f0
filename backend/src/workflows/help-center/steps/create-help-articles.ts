import { toHandle } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { helpCenterService } from "./service"
import type { HelpArticleInput } from "./types"

/** Creates articles; a missing handle is made from the title ("Add an SSH key" → add-an-ssh-key). */
export const createHelpArticlesStep = createStep(
  "create-help-articles",
  async (input: HelpArticleInput[], { container }) => {
    const articles = await helpCenterService(container).createHelpArticles(
      input.map((a) => ({ ...a, handle: a.handle || toHandle(a.title), tags: a.tags ?? [] }))
    )
    return new StepResponse(articles, articles.map((a) => a.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await helpCenterService(container).deleteHelpArticles(ids)
    }
  }
)
