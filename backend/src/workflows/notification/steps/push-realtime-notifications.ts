import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHAT_MODULE } from "../../../modules/chat/constants"
import type ChatModuleService from "../../../modules/chat/service"
import { NOTIFICATION_SOCKET_EVENT, type RealtimeDelivery } from "../../../lib/realtime-notifications"

/**
 * Pushes `notification` socket events through the chat module's transport
 * (the socket.io Redis emitter, so a worker reaches sockets on every server
 * instance). Irreversible (a push cannot be unsent): the last step.
 */
export const pushRealtimeNotificationsStep = createStep(
  "push-realtime-notifications",
  async (deliveries: RealtimeDelivery[], { container }) => {
    const chat = container.resolve<ChatModuleService>(CHAT_MODULE)
    for (const { to, notification } of deliveries) {
      if (to === "admins") {
        chat.pushToAdmins(NOTIFICATION_SOCKET_EVENT, notification)
      } else {
        chat.pushToCustomer(to.customer_id, NOTIFICATION_SOCKET_EVENT, notification)
      }
    }
    return new StepResponse(deliveries.length)
  }
)
