import { MedusaService } from "@medusajs/framework/utils"
import AdminAction from "./models/admin-action"
import CustomerNote from "./models/customer-note"
import SupportProfile from "./models/support-profile"
import { DEFAULT_SUPPORT_PROFILE, type SupportProfileView } from "./support-hours"

export type RecordAdminActionInput = {
  actor_type: "user" | "system"
  actor_id?: string | null
  action: string
  resource_type: string
  resource_id: string
  customer_id?: string | null
  reason?: string | null
  data?: Record<string, unknown> | null
  ip?: string | null
}

function toRow(input: RecordAdminActionInput) {
  return {
    actor_type: input.actor_type,
    actor_id: input.actor_id ?? null,
    action: input.action,
    resource_type: input.resource_type,
    resource_id: input.resource_id,
    customer_id: input.customer_id ?? null,
    reason: input.reason ?? null,
    data: input.data ?? null,
    ip: input.ip ?? null,
  }
}

class BackofficeModuleService extends MedusaService({
  AdminAction,
  CustomerNote,
  SupportProfile,
}) {
  /** Support's name, picture and chat hours: the saved row, or the defaults until an admin saves one. */
  async supportProfile(): Promise<SupportProfileView & { id: string | null }> {
    const [row] = await this.listSupportProfiles({}, { take: 1, order: { created_at: "ASC" } })
    if (!row) {
      return { id: null, ...DEFAULT_SUPPORT_PROFILE }
    }
    return {
      id: row.id,
      display_name: row.display_name ?? null,
      avatar_url: row.avatar_url ?? null,
      timezone: row.timezone,
      days: Array.isArray(row.days) ? row.days : DEFAULT_SUPPORT_PROFILE.days,
      opens_at: row.opens_at,
      closes_at: row.closes_at,
    }
  }

  /** Appends one entry to the admin action log. */
  async recordAction(input: RecordAdminActionInput) {
    return await this.createAdminActions(toRow(input))
  }

  /** Appends many entries in one insert (a lifecycle page of system suspensions). */
  async recordActions(inputs: RecordAdminActionInput[]) {
    if (!inputs.length) {
      return 0
    }
    await this.createAdminActions(inputs.map(toRow))
    return inputs.length
  }
}

export default BackofficeModuleService
