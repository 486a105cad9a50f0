import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BACKOFFICE_MODULE } from "../../../modules/backoffice"
import type BackofficeModuleService from "../../../modules/backoffice/service"
import type { RecordAdminActionInput } from "../../../modules/backoffice/service"
import { adminEventAction, adminRequestOf } from "../utils/admin-event-actions"

export type AdminEventInput = { name: string; data: unknown; metadata?: unknown }

/**
 * The action log entry for an event an admin request caused (null for
 * events no admin caused, and for those logged elsewhere): who, what, which
 * record, which customer it concerns, from where. Reads only.
 */
export const describeAdminEventStep = createStep(
  "describe-admin-event",
  async (input: AdminEventInput, { container }): Promise<StepResponse<RecordAdminActionInput | null>> => {
    const request = adminRequestOf(input.metadata)
    const named = request ? adminEventAction(input.name) : null
    const id = (input.data as { id?: unknown } | undefined)?.id
    if (!request || !named || typeof id !== "string") {
      return new StepResponse(null)
    }
    let customerId: string | null = named.resource_type === "customer" ? id : null
    if (input.name.startsWith("customer_note.")) {
      // a deleted note is soft-deleted: still readable for its customer
      const backoffice: BackofficeModuleService = container.resolve(BACKOFFICE_MODULE)
      const [note] = await backoffice.listCustomerNotes({ id }, { withDeleted: true })
      customerId = note?.customer_id ?? null
    } else if (named.resource_type === "order") {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["customer_id"], filters: { id } })
      customerId = data[0]?.customer_id ?? null
    }
    return new StepResponse({
      actor_type: "user",
      actor_id: request.actor_id,
      action: named.action,
      resource_type: named.resource_type,
      resource_id: named.resource_key === "customer_id" ? customerId ?? id : id,
      customer_id: customerId,
      ip: request.ip,
      data: { method: request.method, path: request.path, fields: request.fields },
    })
  }
)
