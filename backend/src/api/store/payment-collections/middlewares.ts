import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import type { ILockingModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { assertPlanBuyerSignedIn } from "../../../workflows/account/utils/checkout"
import { ensurePaymentAccountHolderWorkflow } from "../../../workflows/payment/workflows/ensure-payment-account-holder"

type Req = AuthenticatedMedusaRequest<{ provider_id?: unknown }>

/**
 * One session change per payment collection at a time, until its answer is
 * sent. Medusa's createPaymentSessionsWorkflow deletes the sessions it read
 * before adding its own: two requests at once (a double click) delete the
 * same session and the second fails ("Could not delete all payment
 * sessions", 500). Under Medusa's locking module (Redis with more than one
 * instance) they take turns and each answers with the session it made.
 */
async function oneSessionChangeAtATime(req: Req, res: MedusaResponse, next: MedusaNextFunction) {
  const locking: ILockingModule = req.scope.resolve(Modules.LOCKING)
  await locking.execute(
    `payment-collection-sessions:${req.params.id}`,
    () =>
      new Promise<void>((answered) => {
        res.once("close", () => answered())
        next()
      }),
    { timeout: 30 }
  )
}

/**
 * Nobody pays for a plan who couldn't then complete the cart: a plan's
 * payment is started only by the cart's owner, signed in with a verified
 * account (the same rule as POST /store/carts/:id/complete), so no card is
 * charged for an order that would be refused.
 */
async function planBuyerSignedIn(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: collections } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "cart.id", "cart.customer_id", "cart.items.variant_id", "cart.items.metadata"],
    filters: { id: req.params.id },
  })
  const cart = collections[0]?.cart
  if (cart) {
    await assertPlanBuyerSignedIn(req.scope, cart, req.auth_context?.actor_id)
  }
  next()
}

/**
 * Before Medusa's route starts a signed-in customer's payment session, the
 * customer's account holder with that provider exists (made once, under a
 * lock: see ensurePaymentAccountHolderWorkflow), so parallel first checkouts
 * reuse it instead of racing to create it. Guests have none; a body without
 * a provider is left to Medusa's validator.
 */
async function ensureAccountHolder(req: Req, _res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = req.auth_context?.actor_id
  const providerId = req.body?.provider_id
  if (customerId && typeof providerId === "string" && providerId) {
    await ensurePaymentAccountHolderWorkflow(req.scope).run({
      input: { customer_id: customerId, provider_id: providerId, payment_collection_id: req.params.id },
    })
  }
  next()
}

export const storePaymentCollectionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: [planBuyerSignedIn, oneSessionChangeAtATime, ensureAccountHolder],
  },
]
