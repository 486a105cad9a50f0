import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CHAT_MODULE } from "../modules/chat/constants"
import type ChatModuleService from "../modules/chat/service"
import { CHAT_UPDATED_EVENT } from "../workflows/chat"

/**
 * chat.updated → the sockets hear it: the new messages and the chat's new
 * state, to its customer, its room and the admins' inbox. Runs where events
 * are handled (a worker, or the one shared process) and reaches sockets on
 * every server instance through the socket.io Redis emitter.
 */
export default async function chatRealtimeHandler({ event, container }: SubscriberArgs<{ id: string; message_ids?: string[] }>) {
  await container.resolve<ChatModuleService>(CHAT_MODULE).publishChange(event.data.id, event.data.message_ids ?? [], new Date())
}

export const config: SubscriberConfig = { event: CHAT_UPDATED_EVENT }
