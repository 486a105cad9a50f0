import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { helpCenterService } from "./service"

export type RecordHelpfulVoteInput = { id: string; helpful: boolean }

/** Adds one to the article's helpful or not-helpful count; only published articles take votes. */
export const recordHelpfulVoteStep = createStep(
  "record-helpful-vote",
  async (input: RecordHelpfulVoteInput, { container }) => {
    const counted = await helpCenterService(container).recordHelpfulVote(input.id, input.helpful)
    if (!counted) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Help article with id: ${input.id} was not found`)
    }
    return new StepResponse(input, input)
  },
  async (input, { container }) => {
    if (input) {
      await helpCenterService(container).recordHelpfulVote(input.id, input.helpful, { undo: true })
    }
  }
)
