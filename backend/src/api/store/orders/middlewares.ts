import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa answers GET /store/orders/:id to anyone holding the id (for guest
 * confirmation pages). An order of a registered customer is theirs alone:
 * anybody else, signed in or not, gets a 404 as if it did not exist.
 */
async function onlyOwnOrders(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: req.params.id },
  })
  const order = orders[0]
  const actorId = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  if (order && order.customer?.has_account && order.customer_id !== actorId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }
  next()
}

export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id",
    middlewares: [onlyOwnOrders],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/payment",
    middlewares: [onlyOwnOrders],
  },
  // invoices and credit notes: signed-in customers, their own orders only (the routes answer 404 otherwise)
  {
    method: ["GET"],
    matcher: "/store/orders/:id/invoice",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/credit-notes",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/credit-notes/:credit_note_id",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
