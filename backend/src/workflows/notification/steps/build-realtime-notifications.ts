import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notificationsFor, type NotificationFacts, type RealtimeDelivery } from "../../../lib/realtime-notifications"

/** A fact as NotificationFacts types it, present. */
type Fact<K extends keyof NotificationFacts> = NonNullable<NotificationFacts[K]>
/** A payment as read below: its order comes through its payment collection. */
type PaymentRead = Omit<Fact<"payment">, "order"> & { payment_collection?: { order?: Fact<"payment">["order"] } | null }

export type BuildRealtimeNotificationsInput = {
  /** the domain event's name (one of REALTIME_NOTIFICATION_EVENTS) */
  event: string
  /** its payload: `{ id }` (`ticket.replied` also `message_id`) */
  data: { id: string; message_id?: string | null }
  /** when it happened (a Date, or its ISO string once the workflow engine serialized the input) */
  asOf: Date | string
}

/** Loads the record a domain event is about and maps it to the socket pushes it makes (reads only). */
export const buildRealtimeNotificationsStep = createStep(
  "build-realtime-notifications",
  async (input: BuildRealtimeNotificationsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // the record with the fields asked for, or null
    const one = async <T>(entity: string, fields: string[], id: string): Promise<T | null> =>
      (await query.graph({ entity, fields, filters: { id } })).data[0] ?? null
    const { event, data } = input
    const facts: NotificationFacts = {}
    if (event === "ticket.created" || event === "ticket.replied") {
      facts.ticket = await one<Fact<"ticket">>("ticket", ["id", "customer_id", "subject", "source", "display_id"], data.id)
      if (event === "ticket.replied" && data.message_id) {
        const message = await one<Fact<"message">>("ticket_message", ["id", "author_type"], data.message_id)
        facts.message = message
      }
    } else if (event === "chat.handed_over") {
      facts.chat = await one<Fact<"chat">>("chat_conversation", ["id", "customer_id"], data.id)
    } else if (event === "payment.captured") {
      const payment = await one<PaymentRead>("payment", ["id", "amount", "currency_code", "payment_collection.order.id", "payment_collection.order.display_id", "payment_collection.order.customer_id"], data.id)
      facts.payment = payment && { ...payment, order: payment.payment_collection?.order ?? null }
    } else if (event === "payment_failure.recorded") {
      facts.failure = await one<Fact<"failure">>("payment_failure", ["id", "customer_id", "amount", "currency_code", "action"], data.id)
    } else if (event.startsWith("subscription.")) {
      facts.subscription = await one<Fact<"subscription">>("subscription", ["id", "customer_id", "product_title", "plan", "status"], data.id)
    } else if (event === "service.active") {
      facts.service = await one<Fact<"service">>("service", ["id", "customer_id", "subscription_id", "hostname"], data.id)
    }
    return new StepResponse<RealtimeDelivery[]>(notificationsFor(event, facts, new Date(input.asOf)))
  }
)
