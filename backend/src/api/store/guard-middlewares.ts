import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ACCOUNT_MODULE } from "../../modules/account"
import type AccountModuleService from "../../modules/account/service"

type Req = MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }

/**
 * Every store request made with a customer's token or session: a suspended
 * or deleted account is refused at once, whatever it was signed in with
 * before (tokens are stateless; the account status is not).
 */
async function refuseInactiveCustomers(req: Req, res: MedusaResponse, next: MedusaNextFunction) {
  const context = req.auth_context
  if (context?.actor_type === "customer" && context.actor_id) {
    const accounts: AccountModuleService = req.scope.resolve(ACCOUNT_MODULE)
    const [profile] = await accounts.listAccountProfiles({ customer_id: context.actor_id }, { select: ["status"] })
    if (profile && profile.status !== "active") {
      return res.status(401).json({
        type: "unauthorized",
        message: profile.status === "suspended" ? "This account is suspended. Contact support." : "Unauthorized",
      })
    }
  }
  next()
}

export const storeGuardMiddlewares: MiddlewareRoute[] = [{ matcher: "/store/*", middlewares: [refuseInactiveCustomers] }]
