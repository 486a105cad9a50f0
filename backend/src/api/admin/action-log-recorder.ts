import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BACKOFFICE_MODULE } from "../../modules/backoffice"
import type BackofficeModuleService from "../../modules/backoffice/service"
import { requestContext } from "../utils/security"

/** Routes whose workflows write a richer entry themselves (with the reason typed). */
const SELF_LOGGED = [
  /^\/admin\/customers\/[^/]+\/(suspend|activate|reset-2fa|reset-password|verify-email)$/,
  /^\/admin\/subscriptions\/[^/]+\/(suspend|unsuspend|extend|cancel)$/,
  // the refund workflow logs the refund (amount, payment) and each subscription it changed
  /^\/admin\/orders\/[^/]+\/refunds$/,
  /^\/admin\/impersonation(\/|$)/,
]

const singular = (word: string) =>
  word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.endsWith("ses") ? word.slice(0, -2) : word.replace(/s$/, "")

/** Route prefixes that group collections (`/admin/content/posts/:id` is a post, not a "content"). */
const NAMESPACES = new Set(["help", "content"])

/** Routes that name one record without an id (`POST /admin/support-profile` updates it). */
const SINGLETONS = new Set(["support-profile"])

/** product.updated, order.fulfillments.created, customer.notes.created, post.updated… from the route. */
export function describeAdminWrite(method: string, path: string, answer?: unknown) {
  const all = path.split("?")[0].split("/").filter(Boolean).slice(1)
  const parts = all.length > 1 && NAMESPACES.has(all[0]) ? all.slice(1) : all
  const [collection = "admin", id, ...rest] = parts
  const resource_type = singular(collection.replace(/-/g, "_"))
  const subs = rest.filter((_, i) => i % 2 === 0).map((p) => p.replace(/-/g, "_"))
  let tail: string | null
  if (method === "DELETE") {
    tail = "deleted"
  } else if (!rest.length) {
    tail = id || SINGLETONS.has(collection) ? "updated" : "created"
  } else if (rest.length % 2 === 0) {
    tail = "updated"
  } else {
    // a sub-collection (…/variants) gets a new record; a verb (…/complete, …/refund) names itself
    tail = rest[rest.length - 1].endsWith("s") ? "created" : null
  }
  const created = (answer as Record<string, { id?: string }> | undefined)?.[resource_type]?.id
  return {
    action: [resource_type, ...subs, ...(tail ? [tail] : [])].join("."),
    resource_type,
    resource_id: id ?? created ?? "-",
  }
}

/**
 * Every admin write that succeeded — Medusa's built-in routes and ours —
 * goes to the admin action log once the answer is sent (the request does
 * not wait for it): who, what, which record, which customer, from where.
 */
async function recordAdminWrites(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = (req.originalUrl ?? req.url).split("?")[0]
  if (!["POST", "PUT", "PATCH", "DELETE"].includes(req.method) || SELF_LOGGED.some((r) => r.test(path))) {
    return next()
  }
  let answer: unknown
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    answer = body
    return send(body)
  }) as MedusaResponse["json"]
  const { ip } = requestContext(req)
  res.on("finish", () => {
    const actor = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
    if (res.statusCode >= 400 || !actor?.actor_id || (actor.actor_type !== "user" && actor.actor_type !== "api-key")) {
      return
    }
    const described = describeAdminWrite(req.method, path, answer)
    void (async () => {
      let customerId = described.resource_type === "customer" && described.resource_id !== "-" ? described.resource_id : null
      if (described.resource_type === "order" && described.resource_id !== "-") {
        const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["customer_id"], filters: { id: described.resource_id } })
        customerId = data[0]?.customer_id ?? null
      }
      const backoffice: BackofficeModuleService = req.scope.resolve(BACKOFFICE_MODULE)
      if (described.resource_type === "note" && described.resource_id !== "-") {
        // a deleted note is soft-deleted: still readable for its customer
        const [note] = await backoffice.listCustomerNotes({ id: described.resource_id }, { withDeleted: true })
        customerId = note?.customer_id ?? null
      }
      await backoffice.recordAction({
        actor_type: "user",
        actor_id: actor.actor_id,
        ...described,
        customer_id: customerId,
        ip,
        data: {
          method: req.method,
          path,
          // which fields changed, never their values (passwords, tokens…)
          fields: Object.keys((req.body as Record<string, unknown>) ?? {}),
        },
      })
    })().catch((e) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`admin action log: ${e.message}`))
  })
  next()
}

export const adminActionRecorderMiddlewares: MiddlewareRoute[] = [{ matcher: "/admin/*", middlewares: [recordAdminWrites] }]
