import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordHelpfulVoteWorkflow } from "../../../../../../workflows/help-center"
import { publishedArticle } from "../../../helpers"
import type { StoreHelpfulVoteType } from "../../../validators"

const COUNT_FIELDS = ["id", "helpful_count", "not_helpful_count"]

/**
 * POST /store/help/articles/:id/helpful { helpful } — a reader's answer to
 * "Was this helpful?" (the article's id; its handle works too).
 */
export const POST = async (req: MedusaRequest<StoreHelpfulVoteType>, res: MedusaResponse) => {
  const { id } = await publishedArticle(req.scope, req.params.handle, ["id"])
  await recordHelpfulVoteWorkflow(req.scope).run({ input: { id, helpful: req.validatedBody.helpful } })
  res.json({ article: await publishedArticle(req.scope, id, COUNT_FIELDS) })
}
