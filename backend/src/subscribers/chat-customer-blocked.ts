import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CHAT_MODULE } from "../modules/chat/constants"
import type ChatModuleService from "../modules/chat/service"

/**
 * customer.suspended / customer.deleted_by_customer → that customer's open
 * chat sockets are dropped at once (every instance, with the Redis adapter).
 * Only where this process runs a socket server (shared mode); elsewhere an
 * open socket notices on its next write after ACCOUNT_RECHECK_MS at most.
 */
export default async function chatCustomerBlockedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  container.resolve<ChatModuleService>(CHAT_MODULE).disconnectCustomer(event.data.id)
}

export const config: SubscriberConfig = { event: ["customer.suspended", "customer.deleted_by_customer"] }
