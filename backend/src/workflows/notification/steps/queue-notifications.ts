import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"
import { prepareNotifications, type QueueNotificationInput } from "../utils/prepare"

export type QueueNotificationsStepInput = { messages: QueueNotificationInput[] }

const isDuplicate = (e: unknown) => /unique|duplicate/i.test((e as Error).message)

/**
 * Many messages queued at once (a page of lifecycle reminders): one read for
 * the keys already used, one for the customers, one insert. A key already
 * used is skipped, so a replayed page queues nothing new; a message that
 * can't be addressed (customer gone) is skipped with a warning rather than
 * holding up the rest. If another run inserts one of the keys meanwhile, the
 * insert fails as a whole and the messages are inserted one at a time.
 * Returns the ids it created, not the messages, to keep a big page light.
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
    const prepared = fresh.length ? await prepareNotifications(container, log, fresh) : []
    const rows = prepared.flatMap((p) => (p.row ? [p.row] : []))
    const skipped = prepared.flatMap((p, i) => (p.error ? [`${fresh[i].idempotency_key} (${p.error.message})`] : []))
    if (skipped.length) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Not queued, no recipient: ${skipped.join(", ")}`)
    }
    let created: string[] = []
    try {
      created = rows.length ? (await log.createNotificationDetails(rows)).map((d) => d.id) : []
    } catch (e) {
      if (!isDuplicate(e)) {
        throw e
      }
      for (const row of rows) {
        try {
          created.push((await log.createNotificationDetails(row)).id)
        } catch (one) {
          if (!isDuplicate(one)) {
            throw one
          }
        }
      }
    }
    return new StepResponse({ created, existing, skipped: skipped.length }, created)
  },
  async (created, { container }) => {
    if (created?.length) {
      const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
      await log.deleteNotificationDetails(created)
    }
  }
)
