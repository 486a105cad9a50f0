"use server"

import { sdk } from "@lib/config"
import type { StoreSupportResponse } from "@cs/http-types"
import { FALLBACK_SUPPORT, liveChatOpen, type SupportInfo } from "@modules/chat/support-hours"

/** Support's name, avatar and chat hours change rarely: re-read at most every minute. */
const SUPPORT_REVALIDATE_SECONDS = 60

/**
 * Who answers and when (GET /store/support). Never throws: when the backend can't be reached the
 * widget and help center show the default hours, with "open" worked out here from them.
 */
export async function getSupport(): Promise<SupportInfo> {
  return sdk.client
    .fetch<StoreSupportResponse>("/store/support", {
      next: { tags: ["support"], revalidate: SUPPORT_REVALIDATE_SECONDS },
      cache: "force-cache",
    })
    .then(({ support }) => support)
    .catch(() => ({ ...FALLBACK_SUPPORT, open: liveChatOpen(FALLBACK_SUPPORT.hours), as_of: new Date().toISOString() }))
}
