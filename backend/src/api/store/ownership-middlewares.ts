import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, validateEmail } from "@medusajs/framework/utils"
import { attachGuestCustomerWorkflow } from "../../workflows/cart"

/**
 * Ownership of the Medusa store routes the product inherits. Medusa treats a
 * cart, order or payment collection id as the permission (guest checkout);
 * here an object of a registered customer is theirs alone: anybody else,
 * signed in or not, gets the same 404 as for an id that does not exist.
 * Guest objects (no customer, or a customer without an account) keep
 * working by id, as Medusa's guest checkout needs.
 */

type Req = MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }
type Owned = { customer_id?: string | null; customer?: { has_account?: boolean | null } | null } | null | undefined

const notFound = (what: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${id} was not found`)

/** The signed-in customer's id, or null (admins and anonymous callers own no store objects). */
function customerOf(req: Req) {
  const context = req.auth_context
  return context?.actor_type === "customer" && context.actor_id ? context.actor_id : null
}

/** True when `owned` exists and the caller may use it. */
function mayUse(req: Req, owned: Owned) {
  if (!owned) {
    return false
  }
  if (!owned.customer_id || !owned.customer?.has_account) {
    return true
  }
  return owned.customer_id === customerOf(req)
}

async function graphOne(req: MedusaRequest, entity: string, fields: string[], id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters: { id } })
  return data[0] as Record<string, any> | undefined
}

const OWNER_FIELDS = ["id", "customer_id", "customer.has_account"]

export async function assertCartAccess(req: Req, cartId: string) {
  const cart = await graphOne(req, "cart", OWNER_FIELDS, cartId)
  if (!mayUse(req, cart as Owned)) {
    throw notFound("Cart", cartId)
  }
  return cart!
}

/** A well-formed email in the body, or undefined (Medusa's validator answers for the rest). */
function emailIn(body: unknown) {
  const email = idIn(body, "email")
  if (!email) {
    return undefined
  }
  try {
    return validateEmail(email)
  } catch {
    return undefined
  }
}

export async function assertOrderAccess(req: Req, orderId: string) {
  const order = await graphOne(req, "order", OWNER_FIELDS, orderId)
  if (!mayUse(req, order as Owned)) {
    throw notFound("Order", orderId)
  }
}

async function assertPaymentCollectionAccess(req: Req, collectionId: string) {
  const collection = await graphOne(
    req,
    "payment_collection",
    ["id", "cart.id", "cart.customer_id", "cart.customer.has_account", "order.id", "order.customer_id", "order.customer.has_account"],
    collectionId
  )
  const owner = (collection?.cart ?? collection?.order ?? (collection ? {} : null)) as Owned
  if (!mayUse(req, owner)) {
    throw notFound("Payment collection", collectionId)
  }
}

/** A string id read from the body or query, or undefined (validation of its shape stays with Medusa's route). */
const idIn = (source: unknown, key: string) => {
  const value = (source as Record<string, unknown> | undefined)?.[key]
  return typeof value === "string" && value ? value : undefined
}

/** /store/carts/:id and everything under it (items, promotions, taxes, shipping, customer, complete, the product's own). */
async function ownCart(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
  const cart = await assertCartAccess(req, req.params.id)
  // POST /store/carts/:id { email } on a cart without a customer: Medusa would put the registered
  // customer with that email on it (a stranger's cart becoming theirs); it gets the email's guest instead
  const email = req.method === "POST" && req.path === "/" && !cart.customer_id ? emailIn(req.body) : undefined
  if (email) {
    await attachGuestCustomerWorkflow(req.scope).run({ input: { cart_id: cart.id, email } })
  }
  next()
}

/**
 * POST /store/carts { email } without a signed-in customer: Medusa would make
 * the cart of the registered customer with that email. A guest creates the
 * cart first and gives it the email with POST /store/carts/:id (the same
 * answer for every email, so it tells nothing about accounts).
 */
async function noEmailOnAnonymousCreate(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "POST" && req.path === "/" && !customerOf(req) && idIn(req.body, "email")) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Sign in to create a cart with an email, or set the email with POST /store/carts/:id once the cart exists"
    )
  }
  next()
}

/** /store/orders/:id and everything under it (payment, invoices, transfer request/cancel/accept/decline). */
async function ownOrder(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
  await assertOrderAccess(req, req.params.id)
  next()
}

async function ownPaymentCollection(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
  await assertPaymentCollectionAccess(req, req.params.id)
  next()
}

/** Routes that name the cart in the body (POST /store/payment-collections, shipping-option prices). */
async function ownCartInBody(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = idIn(req.body, "cart_id")
  if (cartId) {
    await assertCartAccess(req, cartId)
  }
  next()
}

/** GET /store/shipping-options?cart_id= */
async function ownCartInQuery(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = idIn(req.query, "cart_id")
  if (cartId) {
    await assertCartAccess(req, cartId)
  }
  next()
}

/** POST /store/returns { order_id }: a return is asked for by whoever may see the order. */
async function ownOrderInBody(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = idIn(req.body, "order_id")
  if (orderId) {
    await assertOrderAccess(req, orderId)
  }
  next()
}

export const storeOwnershipMiddlewares: MiddlewareRoute[] = [
  // no method: Express mounts these as prefixes, so every route below the id is covered, Medusa's and the product's
  { matcher: "/store/carts/:id", middlewares: [ownCart] },
  { matcher: "/store/carts", middlewares: [noEmailOnAnonymousCreate] },
  { matcher: "/store/orders/:id", middlewares: [ownOrder] },
  { matcher: "/store/payment-collections/:id", middlewares: [ownPaymentCollection] },
  { method: ["POST"], matcher: "/store/payment-collections", middlewares: [ownCartInBody] },
  { method: ["GET"], matcher: "/store/shipping-options", middlewares: [ownCartInQuery] },
  { method: ["POST"], matcher: "/store/shipping-options/:id/calculate", middlewares: [ownCartInBody] },
  { method: ["POST"], matcher: "/store/returns", middlewares: [ownOrderInBody] },
]
