import { asValue } from "@medusajs/framework/awilix"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { IEventBusModuleService, Message } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ADMIN_REQUEST_METADATA, type AdminRequestStamp } from "../../workflows/backoffice/utils/admin-event-actions"
import { requestContext } from "../utils/security"

type Actor = { actor_type?: string; actor_id?: string }

const WRITES = ["POST", "PUT", "PATCH", "DELETE"]

/**
 * Medusa's events carry no actor. For an admin write, the request's scope
 * gets an event bus that stamps every event its workflows emit (Medusa's and
 * ours) with who asked and from where, in `metadata.admin_request`; the
 * `admin-action-log` subscriber records the stamped events. The events
 * themselves, and the answer, are left as they are: a refused write emits
 * nothing, so nothing is recorded.
 */
function stampAdminEvents(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!WRITES.includes(req.method)) {
    return next()
  }
  const path = (req.originalUrl ?? req.url).split("?")[0]
  const { ip } = requestContext(req)
  // read when the workflows emit: Medusa's authenticate may run after this middleware
  const stamp = (): AdminRequestStamp | null => {
    const actor = (req as MedusaRequest & { auth_context?: Actor }).auth_context
    if (!actor?.actor_id || (actor.actor_type !== "user" && actor.actor_type !== "api-key")) {
      return null
    }
    const fields = Object.keys((req.body as Record<string, unknown> | undefined) ?? {})
    return { actor_type: actor.actor_type, actor_id: actor.actor_id, ip, method: req.method, path, fields }
  }
  const eventBus: IEventBusModuleService = req.scope.resolve(Modules.EVENT_BUS)
  const emit = (data: Message | Message[], options?: Record<string, unknown>) => {
    const request = stamp()
    const messages = Array.isArray(data) ? data : [data]
    const stamped = request ? messages.map((m) => ({ ...m, metadata: { ...m.metadata, [ADMIN_REQUEST_METADATA]: request } })) : messages
    return eventBus.emit(stamped, options)
  }
  const stamping = new Proxy(eventBus, {
    get(target, prop) {
      if (prop === "emit") {
        return emit
      }
      const value = Reflect.get(target, prop)
      return typeof value === "function" ? value.bind(target) : value
    },
  })
  req.scope.register(Modules.EVENT_BUS, asValue(stamping))
  next()
}

export const adminActionLogContextMiddlewares: MiddlewareRoute[] = [{ matcher: "/admin/*", middlewares: [stampAdminEvents] }]
