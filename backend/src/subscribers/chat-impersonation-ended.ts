import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CHAT_MODULE } from "../modules/chat/constants"
import type ChatModuleService from "../modules/chat/service"

/** impersonation.ended → the chat sockets opened in that view-as-customer session are dropped on every instance, their tickets void. */
export default async function chatImpersonationEndedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await container.resolve<ChatModuleService>(CHAT_MODULE).disconnectImpersonation(event.data.id)
}

export const config: SubscriberConfig = { event: "impersonation.ended" }
