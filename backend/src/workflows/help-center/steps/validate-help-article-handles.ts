import { MedusaError, toHandle } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { helpCenterService } from "./service"

export type ValidateHelpArticleHandlesInput = { id?: string; handle?: string; title?: string }[]

/**
 * Guard: every handle (given, or made from a new article's title) belongs to
 * no other article, so a clash is a clear 422 rather than a database error.
 */
export const validateHelpArticleHandlesStep = createStep(
  "validate-help-article-handles",
  async (input: ValidateHelpArticleHandlesInput, { container }) => {
    const wanted = input
      .map((a) => ({ id: a.id, handle: a.handle || (!a.id && a.title ? toHandle(a.title) : undefined) }))
      .filter((a): a is { id: string | undefined; handle: string } => Boolean(a.handle))
    if (!wanted.length) {
      return
    }
    const seen = new Set<string>()
    for (const { handle } of wanted) {
      if (seen.has(handle)) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Help article with handle: ${handle}, already exists.`)
      }
      seen.add(handle)
    }
    const taken = await helpCenterService(container).listHelpArticles(
      { handle: [...seen] },
      { select: ["id", "handle"] }
    )
    const clash = taken.find((t) => !wanted.some((w) => w.handle === t.handle && w.id === t.id))
    if (clash) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Help article with handle: ${clash.handle}, already exists.`)
    }
  }
)
