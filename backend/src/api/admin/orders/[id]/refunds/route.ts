import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundOrderWorkflow } from "../../../../../workflows/payment"
import { loadOrderRefundState } from "../../../../../workflows/payment/utils/order-refunds"
import type { AdminCreateOrderRefundType } from "../../validators"

/**
 * GET /admin/orders/:id/refunds — the order's refunds (newest first), what
 * each payment has left to refund, and the subscriptions the order bought or
 * renewed. 404 for an unknown order.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const state = await loadOrderRefundState(req.scope, req.params.id)
  res.json({ ...state, count: state.refunds.length })
}

/**
 * POST /admin/orders/:id/refunds — refund (part of) a payment of the order
 * through Medusa and optionally cancel at once or suspend its subscriptions.
 * 400 for an amount above what is left to refund, 404 for an unknown order.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateOrderRefundType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await refundOrderWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      payment_id: body.payment_id,
      amount: body.amount,
      note: body.note ?? null,
      refund_reason_id: body.refund_reason_id ?? null,
      subscription_action: body.subscription_action,
      reason: body.reason ?? null,
      actor_id: req.auth_context.actor_id,
      asOf: new Date(),
    },
  })
  const state = await loadOrderRefundState(req.scope, req.params.id)
  const refund = state.refunds.find((r) => r.payment_id === result.payment_id) ?? null
  res.status(201).json({
    refund,
    changed_subscription_ids: result.changed_subscription_ids,
    skipped_subscription_ids: result.skipped_subscription_ids,
    ...state,
    count: state.refunds.length,
  })
}
