import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordHelpfulVoteStep, type RecordHelpfulVoteInput } from "../steps"

/** A reader answered "Was this helpful?" under an article. */
export const recordHelpfulVoteWorkflow = createWorkflow(
  "record-helpful-vote",
  (input: RecordHelpfulVoteInput) => new WorkflowResponse(recordHelpfulVoteStep(input))
)
