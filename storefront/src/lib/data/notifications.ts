"use server"

import { sdk } from "@lib/config"
import { errorStatus } from "@lib/util/errors"
import { getAuthHeaders } from "./cookies"

export type NotificationChannel = "email" | "sms"

export type NotificationStatus = "queued" | "sending" | "sent" | "delivered" | "failed" | "bounced"

/** One email or SMS sent to the signed-in customer (GET /store/account/notifications). */
export type StoreNotification = {
  id: string
  channel: NotificationChannel
  to: string
  template: string
  subject: string | null
  body_text: string
  status: NotificationStatus
  sent_at: string | null
  delivered_at: string | null
  created_at: string
}

export type StoreNotificationDetail = StoreNotification & { body_html: string | null }

type StoreNotificationListResponse = {
  notifications: StoreNotification[]
  count: number
  limit: number
  offset: number
}

/** The signed-in customer's emails or SMS, newest first; never cached. */
export async function listNotifications({
  channel,
  limit = 20,
  offset = 0,
}: {
  channel: NotificationChannel
  limit?: number
  offset?: number
}): Promise<{ notifications: StoreNotification[]; count: number }> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return { notifications: [], count: 0 }
  }
  return sdk.client
    .fetch<StoreNotificationListResponse>("/store/account/notifications", {
      query: { channel, limit, offset },
      headers,
      cache: "no-store",
    })
    .then(({ notifications, count }) => ({ notifications, count }))
}

/** One of the customer's messages; null when it is not theirs (404). Never cached. */
export async function retrieveNotification(id: string): Promise<StoreNotificationDetail | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return null
  }
  return sdk.client
    .fetch<{ notification: StoreNotificationDetail }>(
      `/store/account/notifications/${encodeURIComponent(id)}`,
      { headers, cache: "no-store" }
    )
    .then(({ notification }) => notification)
    .catch((error) => {
      if (errorStatus(error) === 404) {
        return null
      }
      throw error
    })
}
