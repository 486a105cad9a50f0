import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"

const DAY_MS = 86_400_000

export type PurgeVerificationCodesStepInput = { asOf: Date; pageSize?: number }

/** The generated list/delete of Medusa's verification records (its public interface leaves delete out). */
type VerificationRecords = {
  listAuthVerifications(filters: Record<string, unknown>, config: Record<string, unknown>): Promise<{ id: string }[]>
  deleteAuthVerifications(ids: string[]): Promise<void>
}

/**
 * Deletes email verification codes (Medusa's verification records) that were
 * requested more than the account's `verificationRetentionDays` ago and never
 * confirmed, a page at a time. Confirmed records stay: they are what lets a
 * customer sign in. (Sign-in and second-factor codes live only in the cache,
 * with their own expiry.) Deleting can't be undone, so there is no
 * compensation; running it again deletes nothing more.
 */
export const purgeVerificationCodesStep = createStep(
  "purge-verification-codes",
  async (input: PurgeVerificationCodesStepInput, { container }) => {
    const account: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const auth = container.resolve<VerificationRecords>(Modules.AUTH)
    const cutoff = new Date(new Date(input.asOf).getTime() - account.verificationRetentionDays * DAY_MS)
    const limit = input.pageSize ?? 1000
    let deleted = 0
    for (;;) {
      const page = await auth.listAuthVerifications(
        { verified_at: null, requested_at: { $lt: cutoff } },
        { select: ["id"], take: limit, order: { id: "ASC" } }
      )
      if (page.length) {
        await auth.deleteAuthVerifications(page.map((v) => v.id))
      }
      deleted += page.length
      if (page.length < limit) {
        break
      }
    }
    return new StepResponse({ deleted, cutoff: cutoff.toISOString() })
  }
)
