import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type RevalidateStorefrontCacheStepInput = { tags: string[] }

/**
 * Asks the storefront to drop cached catalog pages for the given tags.
 * Cannot be undone (it is a cache flush) and so runs last; a storefront that
 * is down is logged, not retried: its cache is rebuilt on its next start.
 */
export const revalidateStorefrontCacheStep = createStep(
  "revalidate-storefront-cache",
  async (input: RevalidateStorefrontCacheStepInput, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    // inside a private network (Docker) the storefront is reached at another address than
    // shoppers use (STOREFRONT_URL, which emails and PayPal's return URL check need)
    const url = process.env.STOREFRONT_INTERNAL_URL || process.env.STOREFRONT_URL
    const secret = process.env.REVALIDATE_SECRET
    if (!url || !secret) {
      return new StepResponse({ revalidated: false })
    }
    try {
      const res = await fetch(new URL("/api/revalidate", url), {
        method: "POST",
        headers: { "content-type": "application/json", "x-revalidate-secret": secret },
        body: JSON.stringify({ tags: input.tags }),
        signal: AbortSignal.timeout(5000),
      })
      if (!res.ok) {
        logger.warn(`Storefront revalidation of [${input.tags}] answered ${res.status}`)
      }
      return new StepResponse({ revalidated: res.ok })
    } catch (e) {
      logger.warn(`Storefront revalidation of [${input.tags}] failed: ${(e as Error).message}`)
      return new StepResponse({ revalidated: false })
    }
  }
)
