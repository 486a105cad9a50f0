import type { FilterableAuthMfaProps, IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"

const DAY_MS = 86_400_000

export type PurgePendingMfaSetupsStepInput = { asOf: Date; pageSize?: number }

/**
 * Removes authenticator (MFA) set-ups that were started more than the
 * account's `mfaPendingRetentionDays` ago and never confirmed, a page at a
 * time, through Medusa's own `disableAuthMfa` (a pending factor needs no code
 * to disable; its status turns "disabled" and it no longer blocks a new
 * set-up or counts as a factor). Enabled factors are never touched. It can't
 * be undone, so there is no compensation; running it again removes nothing
 * more.
 */
export const purgePendingMfaSetupsStep = createStep(
  "purge-pending-mfa-setups",
  async (input: PurgePendingMfaSetupsStepInput, { container }) => {
    const account: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const cutoff = new Date(new Date(input.asOf).getTime() - account.mfaPendingRetentionDays * DAY_MS)
    const limit = input.pageSize ?? 1000
    let removed = 0
    for (;;) {
      // each page is disabled before the next is read, so the next read starts after it
      // Medusa's filter type lists no timestamps; the module filters by any column of the factor
      const filters: FilterableAuthMfaProps & { created_at: { $lt: Date } } = { status: "pending", created_at: { $lt: cutoff } }
      const page = await auth.listAuthMfa(filters, {
        select: ["id"],
        take: limit,
        order: { id: "ASC" },
      })
      for (const factor of page) {
        await auth.disableAuthMfa({ id: factor.id })
      }
      removed += page.length
      if (page.length < limit) {
        break
      }
    }
    return new StepResponse({ removed, cutoff: cutoff.toISOString() })
  }
)
