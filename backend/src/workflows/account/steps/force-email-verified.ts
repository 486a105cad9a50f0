import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { EMAIL_CODE_PROVIDER, normalizeEmail } from "../utils/identity"

type VerificationRecords = {
  listAuthVerifications(filters: Record<string, unknown>): Promise<{ id: string; verified_at: Date | null }[]>
  createAuthVerifications(data: Record<string, unknown>): Promise<{ id: string }>
  updateAuthVerifications(data: Record<string, unknown>): Promise<unknown>
  deleteAuthVerifications(ids: string[]): Promise<void>
}
/** Medusa's auth module service also manages verification records (generated CRUD, not in its interface). */
const verificationRecords = (container: MedusaContainer) => container.resolve<VerificationRecords>(Modules.AUTH)

/** Marks an identity's email verified in Medusa (support does this by hand). */
export const forceEmailVerifiedStep = createStep(
  "force-email-verified",
  async (input: { auth_identity_id: string; email: string; asOf: Date }, { container }) => {
    if (!input.auth_identity_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This customer has no email + password login to verify")
    }
    const auth = verificationRecords(container)
    const email = normalizeEmail(input.email)
    const [existing] = await auth.listAuthVerifications({ auth_identity_id: input.auth_identity_id, entity_id: email, entity_type: "email" })
    const now = new Date(input.asOf)
    if (existing?.verified_at) {
      return new StepResponse(existing.verified_at, null)
    }
    if (existing) {
      await auth.updateAuthVerifications({ id: existing.id, verified_at: now })
      return new StepResponse(now, { id: existing.id, created: false })
    }
    const created = await auth.createAuthVerifications({
      auth_identity_id: input.auth_identity_id,
      entity_id: email,
      entity_type: "email",
      code_provider: EMAIL_CODE_PROVIDER,
      requested_at: now,
      verified_at: now,
    })
    return new StepResponse(now, { id: created.id, created: true })
  },
  async (prior, { container }) => {
    if (!prior) {
      return
    }
    const auth = verificationRecords(container)
    if (prior.created) {
      await auth.deleteAuthVerifications([prior.id])
    } else {
      await auth.updateAuthVerifications({ id: prior.id, verified_at: null })
    }
  }
)
