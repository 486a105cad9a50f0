import { z } from "@medusajs/framework/zod"
import { createOperatorMap } from "@medusajs/medusa/api/utils/validators"

/**
 * A date filter of a list route: `created_at[gte]=…&created_at[lte]=…` as people write it, or
 * Medusa's own `$gte`/`$lte` spelling; validated by Medusa's operator map (bad dates are a 400).
 */
export const dateRangeFilter = () =>
  z.preprocess(
    (value) =>
      value && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value as Record<string, unknown>).map(([k, v]) => [k.startsWith("$") ? k : `$${k}`, v])
          )
        : value,
    createOperatorMap()
  )
