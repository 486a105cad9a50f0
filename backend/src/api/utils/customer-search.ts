import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** How many customers one search box query may stand for (support types an email or a name, not "a"). */
const MAX_MATCHES = 500

const SHOPPER_ID = /^CS-[0-9A-Z]{6}$/i

/** `%text%` for `$ilike`, with the pattern characters of the text taken literally. */
export const containsLike = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * The customers support means by a search box's `q`: its exact customer id
 * (`cus_…`), shopper id (`CS-7Q2K9M`), or an email or name containing it
 * (case-insensitive; "Ada Lovelace" matches first and last name). Every
 * admin list's `q` starts here, then adds the record's own number or id.
 */
export async function customerIdsMatching(container: MedusaContainer, q: string): Promise<string[]> {
  const text = q.trim()
  if (!text) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const like = containsLike(text)
  const [first, ...rest] = text.split(/\s+/)
  const or: Record<string, unknown>[] = [
    { id: text },
    { email: { $ilike: like } },
    { first_name: { $ilike: like } },
    { last_name: { $ilike: like } },
  ]
  if (rest.length) {
    or.push({ first_name: { $ilike: containsLike(first) }, last_name: { $ilike: containsLike(rest.join(" ")) } })
  }
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { $or: or },
    pagination: { take: MAX_MATCHES, skip: 0 },
  })
  const ids = new Set(customers.map((c: { id: string }) => c.id))
  if (SHOPPER_ID.test(text)) {
    const { data: profiles } = await query.graph({
      entity: "account_profile",
      fields: ["customer_id"],
      filters: { shopper_id: text.toUpperCase() },
    })
    profiles.forEach((p: { customer_id: string }) => ids.add(p.customer_id))
  }
  return [...ids]
}

/**
 * The one customer `q` names exactly by customer id or shopper id, if any
 * (what Medusa's own `q` on orders can't match).
 */
export async function customerIdNamedBy(container: MedusaContainer, q: string): Promise<string | null> {
  const text = q.trim()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (/^cus_[0-9A-Z]+$/i.test(text)) {
    const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: text } })
    return (data[0] as { id: string } | undefined)?.id ?? null
  }
  if (SHOPPER_ID.test(text)) {
    const { data } = await query.graph({ entity: "account_profile", fields: ["customer_id"], filters: { shopper_id: text.toUpperCase() } })
    return (data[0] as { customer_id: string } | undefined)?.customer_id ?? null
  }
  return null
}
