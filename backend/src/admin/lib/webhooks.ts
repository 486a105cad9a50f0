import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

/** What an endpoint can subscribe to in the form: everything, or whole families (specific names are typed in). */
export const EVENT_CHOICES: { value: string; label: string; hint: string }[] = [
  { value: "*", label: "All events", hint: "everything below, and events added later" },
  { value: "order.placed", label: "order.placed", hint: "an order was placed" },
  { value: "subscription.*", label: "subscription.*", hint: "created, activated, renewed, suspended, cancelled, expired…" },
  { value: "service.*", label: "service.*", hint: "provisioning, active, suspended, terminated, failed…" },
]

export type WebhookEndpoint = {
  id: string
  url: string
  events: string[]
  enabled: boolean
  description: string | null
  last_success_at: string | null
  last_failure_at: string | null
  created_at: string
  updated_at: string
}

export type WebhookDeliveryStatus = "pending" | "succeeded" | "failed"

export type WebhookDelivery = {
  id: string
  endpoint_id: string
  event_type: string
  event_id: string
  payload: { type: string; timestamp: string; data: Record<string, unknown> }
  status: WebhookDeliveryStatus
  attempts: number
  next_attempt_at: string | null
  response_status: number | null
  response_body: string | null
  error: string | null
  delivered_at: string | null
  created_at: string
}

export const webhookKeys = {
  all: ["webhooks"] as const,
  endpoints: (params: { limit: number; offset: number }) => [...webhookKeys.all, "endpoints", params] as const,
  deliveries: (endpointId: string, params: Record<string, unknown>) =>
    [...webhookKeys.all, "deliveries", endpointId, params] as const,
}

export const useWebhookEndpoints = (params: { limit: number; offset: number }) =>
  useQuery({
    queryKey: webhookKeys.endpoints(params),
    queryFn: () =>
      sdk.client.fetch<{ webhook_endpoints: WebhookEndpoint[]; count: number }>("/admin/webhook-endpoints", {
        query: params,
      }),
    placeholderData: keepPreviousData,
  })

export const useWebhookDeliveries = (
  endpointId: string | null,
  params: { status?: WebhookDeliveryStatus; limit: number; offset: number }
) =>
  useQuery({
    queryKey: webhookKeys.deliveries(endpointId ?? "", params),
    queryFn: () =>
      sdk.client.fetch<{ webhook_deliveries: WebhookDelivery[]; count: number }>(
        `/admin/webhook-endpoints/${endpointId}/deliveries`,
        { query: Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) }
      ),
    enabled: !!endpointId,
    placeholderData: keepPreviousData,
    // pending deliveries change on their own (retries)
    refetchInterval: 15_000,
  })

const useInvalidate = () => {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: webhookKeys.all })
}

/** Creates an endpoint; the answer carries the signing secret, the only time it is shown. */
export const useCreateWebhookEndpoint = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: { url: string; events: string[]; description?: string }) =>
      sdk.client.fetch<{ webhook_endpoint: WebhookEndpoint & { secret: string } }>("/admin/webhook-endpoints", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export const useUpdateWebhookEndpoint = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; enabled?: boolean; events?: string[]; url?: string; description?: string | null }) =>
      sdk.client.fetch<{ webhook_endpoint: WebhookEndpoint }>(`/admin/webhook-endpoints/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export const useDeleteWebhookEndpoint = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/webhook-endpoints/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

/** Sends a delivery again now (same webhook-id); answers it as it is afterwards. */
export const useRetryWebhookDelivery = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ webhook_delivery: WebhookDelivery }>(`/admin/webhook-deliveries/${id}/retry`, {
        method: "POST",
        body: {},
      }),
    onSuccess: invalidate,
  })
}
