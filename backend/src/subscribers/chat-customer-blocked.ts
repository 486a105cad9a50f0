import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CHAT_MODULE } from "../modules/chat/constants"
import type ChatModuleService from "../modules/chat/service"

/**
 * customer.suspended / customer.deleted_by_customer → that customer's chat
 * sockets are dropped on every server instance (through the socket.io Redis
 * emitter, from the worker that hears the event) and the socket tickets they
 * hold are void, so none reconnects.
 */
export default async function chatCustomerBlockedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await container.resolve<ChatModuleService>(CHAT_MODULE).disconnectCustomer(event.data.id)
}

export const config: SubscriberConfig = { event: ["customer.suspended", "customer.deleted_by_customer"] }
