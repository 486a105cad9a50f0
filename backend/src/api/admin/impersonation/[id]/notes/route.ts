import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addImpersonationNoteWorkflow } from "../../../../../workflows/impersonation"
import { requestContext } from "../../../../utils/security"
import type { AdminCreateImpersonationNoteType } from "../../validators"

/** POST /admin/impersonation/:id/notes — `{ text }`: a note on the session's timeline (also after it ended). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateImpersonationNoteType>, res: MedusaResponse) => {
  const { result } = await addImpersonationNoteWorkflow(req.scope).run({
    input: {
      session_id: req.params.id,
      author_id: req.auth_context.actor_id,
      text: req.validatedBody.text,
      at: new Date(Date.now()),
      ip: requestContext(req).ip,
    },
  })
  res.status(201).json({ note: { id: result.id, text: result.note, author_id: result.author_id, at: result.at } })
}
