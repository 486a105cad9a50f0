import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelOverdueOrders } from "../workflows/subscription"

/** Hourly: pay-later orders still unpaid after their due date are cancelled (catches up on missed runs). */
export default async function job(container: MedusaContainer) {
  await cancelOverdueOrders(container, new Date())
}

export const config = { name: "cancel-overdue-orders", schedule: "15 * * * *" }
