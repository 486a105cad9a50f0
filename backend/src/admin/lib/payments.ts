import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export const PAYMENTS_PAGE_SIZE = 20

type Customer = { id: string; email: string | null; first_name: string | null; last_name: string | null }
type PaymentOrder = { id: string; display_id: number; email: string | null; customer_id: string | null; status: string }

export type PaymentRow = {
  id: string
  amount: number
  currency_code: string
  provider_id: string
  status: "authorized" | "captured" | "partially_refunded" | "refunded" | "canceled"
  captured_amount: number
  refunded_amount: number
  captured_at: string | null
  canceled_at: string | null
  created_at: string
  order: PaymentOrder | null
  customer: Customer | null
}

export type PaymentFailureRow = {
  id: string
  provider_id: string
  action: "failed" | "canceled"
  code: string | null
  reason: string | null
  amount: number | null
  currency_code: string | null
  email: string | null
  customer_id: string | null
  cart_id: string | null
  occurred_at: string
  order: PaymentOrder | null
  customer: Customer | null
}

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }
type ListQuery = { q?: string; offset: number; limit: number }

const clean = (query: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(query).filter(([, v]) => v !== "" && v !== undefined))

/** Every payment with its order and customer (GET /admin/payments-overview). */
export const usePaymentsOverview = (query: ListQuery) =>
  useQuery({
    queryKey: ["payments-overview", query],
    queryFn: () => sdk.client.fetch<List<"payments", PaymentRow>>("/admin/payments-overview", { query: clean(query) }),
    placeholderData: keepPreviousData,
  })

/** Failed and cancelled gateway payments (GET /admin/payment-failures). */
export const usePaymentFailures = (query: ListQuery) =>
  useQuery({
    queryKey: ["payment-failures", query],
    queryFn: () => sdk.client.fetch<List<"payment_failures", PaymentFailureRow>>("/admin/payment-failures", { query: clean(query) }),
    placeholderData: keepPreviousData,
  })

/** "Card (Stripe)" for pp_stripe_stripe, "Bank transfer" for the pay-later provider. */
export function providerLabel(providerId: string) {
  if (providerId === "pp_system_default") return "Bank transfer"
  if (providerId.includes("stripe")) return "Card (Stripe)"
  if (providerId.includes("paypal")) return "PayPal"
  if (providerId.includes("razorpay")) return "Razorpay"
  return providerId
}

export const customerLabel = (customer: Customer | null, fallback?: string | null) =>
  customer ? [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email || customer.id : fallback || "—"
