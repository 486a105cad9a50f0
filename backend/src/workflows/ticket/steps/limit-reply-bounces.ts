import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"

/** Refused-reply bounces one address gets per hour at most (a sender stuck in a loop, or forged senders). */
export const REPLY_BOUNCES_PER_HOUR = 3

export type LimitReplyBouncesStepInput = { to: string; idempotency_key: string; asOf: Date | string }

/**
 * Whether a refused reply may be bounced to `to`: yes unless the address got
 * REPLY_BOUNCES_PER_HOUR bounces in the hour before `asOf` (a redelivery of
 * the same email is let through: its idempotency key queues nothing new).
 */
export const limitReplyBouncesStep = createStep(
  "limit-reply-bounces",
  async (input: LimitReplyBouncesStepInput, { container }) => {
    const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
    const since = new Date(new Date(input.asOf).getTime() - 60 * 60 * 1000)
    const recent = await log.listNotificationDetails(
      { to: input.to, template: "ticket_reply_refused", created_at: { $gte: since } },
      { select: ["id", "idempotency_key"], take: REPLY_BOUNCES_PER_HOUR + 1 }
    )
    const allowed = recent.length < REPLY_BOUNCES_PER_HOUR || recent.some((r) => r.idempotency_key === input.idempotency_key)
    return new StepResponse(allowed)
  }
)
