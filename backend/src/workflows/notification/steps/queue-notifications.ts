import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"
import { prepareNotifications, type QueueNotificationInput } from "../utils/prepare"

export type QueueNotificationsStepInput = { messages: QueueNotificationInput[] }

/**
 * Many messages queued at once (a page of lifecycle reminders): one read for
 * the keys already used, one for the customers, one insert. A key already
 * used is skipped, so a replayed page queues nothing new. Returns the ids
 * of the messages it created, not the messages, to keep a big page light.
 */
export const queueNotificationsStep = createStep(
  "queue-notifications",
  async (input: QueueNotificationsStepInput, { container }) => {
    const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
    const keys = input.messages.map((m) => m.idempotency_key)
    const taken = new Set(
      keys.length
        ? (await log.listNotificationDetails({ idempotency_key: keys }, { select: ["idempotency_key"] })).map(
            (d) => d.idempotency_key
          )
        : []
    )
    const existing = taken.size
    const fresh = input.messages.filter((m) => !taken.has(m.idempotency_key) && taken.add(m.idempotency_key))
    if (!fresh.length) {
      return new StepResponse({ created: [] as string[], existing }, [] as string[])
    }
    const details = await log.createNotificationDetails(await prepareNotifications(container, log, fresh))
    const created = details.map((d) => d.id)
    return new StepResponse({ created, existing }, created)
  },
  async (created, { container }) => {
    if (created?.length) {
      const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
      await log.deleteNotificationDetails(created)
    }
  }
)
