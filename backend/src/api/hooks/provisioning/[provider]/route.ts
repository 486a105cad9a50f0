import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROVISIONING_MODULE } from "../../../../modules/provisioning"
import type ProvisioningModuleService from "../../../../modules/provisioning/service"
import { completeServiceActionWorkflow } from "../../../../workflows/provisioning"

/**
 * POST /hooks/provisioning/webhook — the operator's platform reports an
 * action's result: a Standard Webhooks request signed with
 * PROVISIONING_WEBHOOK_SECRET (401 when unsigned, forged or older than five
 * minutes; 400 when the body is not a result), body
 * `{ action_id, status: "succeeded" | "failed", error?, service: { ipv4?, ipv6?, hostname?, root_password?, external_id? } }`.
 * Idempotent by `webhook-id`: a replay answers `{ applied: false }`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const provisioning: ProvisioningModuleService = req.scope.resolve(PROVISIONING_MODULE)
  const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody?.toString("utf8") ?? ""
  const headers = {
    "webhook-id": req.get("webhook-id"),
    "webhook-timestamp": req.get("webhook-timestamp"),
    "webhook-signature": req.get("webhook-signature"),
  }
  const callback = provisioning.verifyCallback(req.params.provider, raw, headers)
  const { result } = await completeServiceActionWorkflow(req.scope).run({
    input: { provider_id: req.params.provider, callback, asOf: new Date() },
  })
  req.scope
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Provisioning callback ${callback.id} for action ${result.action_id}: ${callback.status}${result.applied ? "" : " (already applied)"}`)
  res.json({ action_id: result.action_id, status: result.status, applied: result.applied })
}
