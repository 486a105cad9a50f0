import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"
import { isPermanent } from "../../../lib/provider-errors"
import { loadAttachments } from "./attachments"

export type DeliveryOutcome = "sent" | "retry" | "failed" | "skipped"

/**
 * One delivery attempt of a queued message through Medusa's Notification
 * module (which picks the channel's provider). Delivery is at least once:
 *
 * - Each attempt has its own Medusa idempotency key, `<message key>:<attempt>`.
 *   A worker that died after Medusa recorded the provider's answer leaves that
 *   attempt as a success: the next claim marks the message sent, nothing is
 *   sent again.
 * - A worker that died in the instant between the provider's acknowledgement
 *   and that record (one UPDATE) cannot be told from one that died before
 *   sending: SMTP has no idempotency, so the message goes out again. Every
 *   attempt of one log entry hands the provider the same key, the entry's id
 *   (`provider_data.idempotency_key`): the email's Message-ID, SendGrid's
 *   custom arg, Twilio's idempotency token, so a receiver can drop the copy.
 */
export async function deliverNotification(
  container: MedusaContainer,
  id: string,
  asOf: Date
): Promise<DeliveryOutcome> {
  const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const claim = await log.claimForDelivery(id, asOf)
  if (!claim) {
    return "skipped"
  }
  const detail = await log.retrieveNotificationDetail(id)

  if (claim.recovered && claim.attempts > 1) {
    const [previous] = await notifications.listNotifications({
      idempotency_key: `${detail.idempotency_key}:${claim.attempts - 1}`,
    } as Parameters<typeof notifications.listNotifications>[0])
    if (previous?.status === "success") {
      await recordSuccess(log, id, previous, asOf)
      return "sent"
    }
  }

  try {
    const attachments = detail.channel === "email" ? await loadAttachments(container, detail, logger) : []
    const [notification] = await notifications.createNotifications([
      {
        to: detail.to,
        channel: detail.channel,
        template: detail.template,
        data: { notification_log_id: detail.id },
        content: {
          subject: detail.subject ?? undefined,
          html: detail.body_html ?? undefined,
          text: detail.body_text,
        },
        attachments: attachments.length ? attachments : undefined,
        receiver_id: detail.customer_id ?? undefined,
        resource_id: detail.id,
        resource_type: "notification_detail",
        trigger_type: detail.template,
        idempotency_key: `${detail.idempotency_key}:${claim.attempts}`,
        // the same on every attempt and after restarts: what lets a receiver drop a duplicate
        // and the Reply-To a template's data names (a ticket's signed reply address); an
        // automatic answer (a refused reply's bounce) says so in Auto-Submitted (RFC 3834)
        provider_data: {
          idempotency_key: detail.id,
          ...(typeof (detail.data as Record<string, unknown> | null)?.reply_to === "string"
            ? { reply_to: (detail.data as Record<string, unknown>).reply_to }
            : {}),
          ...(typeof (detail.data as Record<string, unknown> | null)?.auto_submitted === "string"
            ? { auto_submitted: (detail.data as Record<string, unknown>).auto_submitted }
            : {}),
        },
      },
    ])
    await recordSuccess(log, id, notification, asOf)
    return "sent"
  } catch (e) {
    const message = (e as Error).message.replace(/^Failed to send notification with id \S+:\n?/, "")
    const permanent = isPermanent(message)
    const updated = await log.recordFailure(id, { error: message, permanent, attempts: claim.attempts, at: asOf })
    if (!updated) {
      logger.warn(`Notification ${id} attempt ${claim.attempts} failed after its claim expired; another attempt owns it: ${message}`)
      return "skipped"
    }
    logger.warn(
      `Notification ${id} attempt ${claim.attempts} failed (${updated.status === "failed" ? "giving up" : "will retry"}): ${message}`
    )
    return updated.status === "failed" ? "failed" : "retry"
  }
}

async function recordSuccess(
  log: NotificationLogModuleService,
  id: string,
  notification: { id: string; external_id?: string | null } | undefined,
  at: Date
) {
  const external = notification?.external_id ?? ""
  const [provider, ...rest] = external.split(":")
  await log.recordSent(id, {
    provider: rest.length ? provider : "unknown",
    provider_message_id: rest.length ? rest.join(":") : external || null,
    notification_id: notification?.id ?? null,
    at,
  })
}
