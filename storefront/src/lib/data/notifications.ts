"use server"

import { sdk } from "@lib/config"
import { errorStatus } from "@lib/util/errors"
import { getAuthHeaders } from "./cookies"
import type {
  NotificationChannel,
  StoreNotification,
  StoreNotificationDetail,
  StoreNotificationListResponse,
  StoreNotificationResponse,
} from "@cs/http-types"
export type { NotificationChannel, StoreNotification, StoreNotificationDetail }

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
    .fetch<StoreNotificationResponse>(
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
