import type { MedusaContainer } from "@medusajs/framework/types"
import { BACKOFFICE_MODULE } from "../../modules/backoffice"
import type BackofficeModuleService from "../../modules/backoffice/service"
import { describeSupportHours, supportOpenAt } from "../../modules/backoffice/support-hours"

/** Support's public face (GET /store/support, GET/POST /admin/support-profile): name, avatar, hours, open at `asOf`. */
export async function presentSupport(scope: MedusaContainer, asOf: Date) {
  const { display_name, avatar_url, timezone, days, opens_at, closes_at } = await scope
    .resolve<BackofficeModuleService>(BACKOFFICE_MODULE)
    .supportProfile()
  const hours = { timezone, days, opens_at, closes_at }
  return {
    display_name,
    avatar_url,
    hours: { ...hours, text: describeSupportHours(hours) },
    open: supportOpenAt(hours, asOf),
    as_of: asOf.toISOString(),
  }
}
