import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { NOTIFICATION_LOG_MODULE } from "../modules/notification-log"
import type NotificationLogModuleService from "../modules/notification-log/service"
import { sendPasswordResetNotificationWorkflow } from "../workflows/notification"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

/** Medusa's reset-password route emits this; the link goes out by email. */
export default async function passwordResetHandler({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { brand } = (container.resolve(NOTIFICATION_LOG_MODULE) as NotificationLogModuleService).renderer
  await sendPasswordResetNotificationWorkflow(container).run({
    input: { ...event.data, storefront_url: brand.storefront_url, admin_url: brand.admin_url },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
