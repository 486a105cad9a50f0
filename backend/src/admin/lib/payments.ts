import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  CustomerSummary as Customer,
  AdminPaymentListResponse as PaymentListResponse,
  AdminPaymentFailureListResponse as PaymentFailureListResponse,
} from "../../types/http"
export type { AdminPayment as PaymentRow, AdminPaymentFailure as PaymentFailureRow } from "../../types/http"

export const PAYMENTS_PAGE_SIZE = 20

type ListQuery = { q?: string; offset: number; limit: number }

const clean = (query: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(query).filter(([, v]) => v !== "" && v !== undefined))

/** Every payment with its order and customer (GET /admin/payments-overview). */
export const usePaymentsOverview = (query: ListQuery) =>
  useQuery({
    queryKey: ["payments-overview", query],
    queryFn: () => sdk.client.fetch<PaymentListResponse>("/admin/payments-overview", { query: clean(query) }),
    placeholderData: keepPreviousData,
  })

/** Failed and cancelled gateway payments (GET /admin/payment-failures). */
export const usePaymentFailures = (query: ListQuery) =>
  useQuery({
    queryKey: ["payment-failures", query],
    queryFn: () => sdk.client.fetch<PaymentFailureListResponse>("/admin/payment-failures", { query: clean(query) }),
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
