import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"

const DAY_MS = 86_400_000

export type PurgePasswordResetTokensStepInput = { asOf: Date; pageSize?: number }

/**
 * Medusa's record of issued password-reset tokens (table
 * auth_password_reset_token: the hash of the token's jti and its expiry).
 * Its public interface only creates and consumes them, so the module's own
 * data service is used; a Medusa without it is skipped rather than failing
 * the whole cleanup.
 */
type ResetTokenRecords = {
  list(filters: Record<string, unknown>, config: Record<string, unknown>): Promise<{ id: string }[]>
  delete(ids: string[]): Promise<unknown>
}

/**
 * Deletes password-reset token records that expired more than the account's
 * `passwordResetRetentionDays` ago (a reset link is accepted once and only
 * until it expires, 15 minutes by default; Medusa deletes a record when it is
 * used or superseded, so the ones left are links that were never opened), a
 * page at a time. It can't be undone, so there is no compensation.
 */
export const purgePasswordResetTokensStep = createStep(
  "purge-password-reset-tokens",
  async (input: PurgePasswordResetTokensStepInput, { container }) => {
    const account: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const auth = container.resolve<{ authPasswordResetTokenService_?: ResetTokenRecords }>(Modules.AUTH)
    const records = auth.authPasswordResetTokenService_
    const cutoff = new Date(new Date(input.asOf).getTime() - account.passwordResetRetentionDays * DAY_MS)
    if (!records) {
      return new StepResponse({ deleted: 0, cutoff: cutoff.toISOString() })
    }
    const limit = input.pageSize ?? 1000
    let deleted = 0
    for (;;) {
      const page = await records.list({ expires_at: { $lt: cutoff } }, { select: ["id"], take: limit, order: { id: "ASC" } })
      if (page.length) {
        await records.delete(page.map((t) => t.id))
      }
      deleted += page.length
      if (page.length < limit) {
        break
      }
    }
    return new StepResponse({ deleted, cutoff: cutoff.toISOString() })
  }
)
