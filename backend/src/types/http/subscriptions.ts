import type { CustomerSummary, ListResponse } from "./common"
import type { AdminService, AdminServiceAction, ServiceConfig, StoreService } from "./services"

/** pending_payment: bought, waiting for its payment; the term starts when it is paid. */
export type SubscriptionStatus = "pending_payment" | "active" | "suspended" | "cancelled" | "expired"

/** A downgrade waiting for the next renewal. */
export type SubscriptionScheduledChange = {
  variant_id: string
  plan: string
  /** Price per term of the new plan, in major units. */
  amount: number
  currency_code: string
  billing_interval: string
  billing_interval_count: number
  effective_at: string
}

/** An order of the subscription waiting for its payment (bank transfer). */
export type SubscriptionUnpaidOrder = {
  id: string
  display_id: number | null
  /** In major units. */
  total: number
  currency_code: string
  due_at: string
  kind: "first" | "renewal" | "upgrade"
}

/** Another plan or term of the same product (`GET /{store,admin}/subscriptions/:id/plan-options`). */
export type SubscriptionPlanOption = {
  variant_id: string
  title: string
  plan: string
  billing_interval: string
  billing_interval_count: number
  /** Price per term, in major units. */
  amount: number
  currency_code: string
  kind: "current" | "upgrade" | "downgrade"
  /** What switching now costs (the prorated difference); 0 for downgrades. */
  due_now: number
}

/** A subscription as both APIs show it (the `present` helper of `api/store/subscriptions/helpers.ts`). */
export type Subscription = {
  id: string
  /** SUB-10042 */
  number: string
  status: SubscriptionStatus
  customer_id: string
  order_id: string
  product_id: string
  variant_id: string
  region_id: string
  product_title: string
  plan: string
  currency_code: string
  /** Price per term, in major units. */
  amount: number
  billing_interval: string
  billing_interval_count: number
  started_at: string
  current_period_start: string
  expires_at: string
  /** null while pending_payment (the term has not started). */
  days_left: number | null
  auto_renew: boolean
  cancel_at_period_end: boolean
  grace_days: number
  suspension_reason: string | null
  suspended_at: string | null
  cancelled_at: string | null
  created_at: string
  /** A card is saved for auto-renew; without one, renewals are invoiced. */
  has_saved_card: boolean
  scheduled_change: SubscriptionScheduledChange | null
  unpaid_order: SubscriptionUnpaidOrder | null
  /** The options chosen at purchase (data center, OS, hostname, SSH key, domain). */
  service_config?: ServiceConfig | null
}

export type SubscriptionEventType =
  | "created"
  | "payment_pending"
  | "activated"
  | "reminder_sent_7"
  | "reminder_sent_3"
  | "reminder_sent_1"
  | "renewal_issued"
  | "renewal_paid"
  | "renewed"
  | "renewal_failed"
  | "suspended"
  | "unsuspended"
  | "extended"
  | "cancel_requested"
  | "cancelled"
  | "expired"
  | "auto_renew_changed"
  | "plan_change_scheduled"
  | "plan_change_cancelled"
  | "plan_changed"

export type SubscriptionActor = "system" | "customer" | "admin"

/** One entry of a subscription's history. */
export type SubscriptionEvent = {
  id: string
  type: SubscriptionEventType | string
  actor: SubscriptionActor
  actor_id: string | null
  note: string | null
  data: Record<string, unknown> | null
  occurred_at: string
  created_at: string
}

// ---- store: GET /store/subscriptions[/:id[/history]]

/** One hosted service the signed-in customer pays for, with its running service once there is one. */
export type StoreSubscription = Subscription & { service?: StoreService | null }
/** An event as `GET /store/subscriptions/:id/history` shows it (oldest first). */
export type StoreSubscriptionEvent = SubscriptionEvent
export type StoreSubscriptionListResponse = ListResponse<"subscriptions", StoreSubscription>
export type StoreSubscriptionResponse = { subscription: StoreSubscription }
export type StoreSubscriptionHistoryResponse = { events: StoreSubscriptionEvent[] }
export type SubscriptionPlanOptionsResponse = { options: SubscriptionPlanOption[] }
/** `POST /store/subscriptions/:id/change-plan`: an upgrade is a cart to pay, a downgrade is scheduled. */
export type StoreChangePlanResponse =
  | { kind: "upgrade"; cart: { id: string }; subscription: StoreSubscription }
  | { kind: "downgrade"; subscription: StoreSubscription }

// ---- admin: GET /admin/subscriptions[/:id]

export type SubscriptionOrder = { id: string; display_id: number | null; created_at: string }

/** One subscription as `GET /admin/subscriptions` lists it. */
export type AdminSubscription = Subscription & { customer?: CustomerSummary | null }
/** `GET /admin/subscriptions/:id`: with its history, orders and running service. */
export type AdminSubscriptionDetail = AdminSubscription & {
  events: SubscriptionEvent[]
  orders: SubscriptionOrder[]
  service?: AdminService | null
  service_actions?: AdminServiceAction[]
}
export type AdminSubscriptionListResponse = ListResponse<"subscriptions", AdminSubscription>
export type AdminSubscriptionResponse = { subscription: AdminSubscriptionDetail }
