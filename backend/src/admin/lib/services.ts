import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import { subscriptionKeys, type SubscriptionDetail } from "./subscriptions"

export type ServiceStatus = "provisioning" | "active" | "suspended" | "terminated" | "failed"
export type ServiceActionName = "provision" | "suspend" | "unsuspend" | "terminate" | "reboot" | "reinstall"
export type ServiceActionStatus = "pending" | "running" | "succeeded" | "failed"

/** A subscription's running service (`subscription.service` of GET /admin/subscriptions/:id). */
export type AdminService = {
  id: string
  status: ServiceStatus
  provider_id: string
  ipv4: string | null
  ipv6: string | null
  hostname: string | null
  location: string | null
  location_label: string | null
  os: string | null
  os_label: string | null
  ssh_key_fingerprint: string | null
  external_id: string | null
  has_root_password: boolean
  provisioned_at: string | null
  suspended_at: string | null
  terminated_at: string | null
  terminate_after: string | null
  created_at: string
}

/** One thing asked of the service's provider, with its attempts. */
export type AdminServiceAction = {
  id: string
  action: ServiceActionName
  status: ServiceActionStatus
  attempts: number
  next_attempt_at: string | null
  error: string | null
  requested_by: "system" | "customer" | "admin"
  requested_by_id: string | null
  started_at: string | null
  finished_at: string | null
  created_at: string
}

export type SubscriptionWithService = SubscriptionDetail & {
  service?: AdminService | null
  service_actions?: AdminServiceAction[]
}

export const SERVICE_STATUS_STYLE: Record<ServiceStatus, { color: "green" | "orange" | "grey" | "red" | "blue"; label: string }> = {
  provisioning: { color: "blue", label: "Provisioning" },
  active: { color: "green", label: "Running" },
  suspended: { color: "orange", label: "Suspended" },
  terminated: { color: "grey", label: "Terminated" },
  failed: { color: "red", label: "Failed" },
}

export const ACTION_STATUS_STYLE: Record<ServiceActionStatus, { color: "green" | "orange" | "grey" | "red" | "blue"; label: string }> = {
  pending: { color: "orange", label: "Waiting to retry" },
  running: { color: "blue", label: "Running" },
  succeeded: { color: "green", label: "Succeeded" },
  failed: { color: "red", label: "Failed" },
}

export const ACTION_LABELS: Record<ServiceActionName, string> = {
  provision: "Provision",
  suspend: "Suspend",
  unsuspend: "Unsuspend",
  terminate: "Terminate",
  reboot: "Reboot",
  reinstall: "Reinstall",
}

/** True while something is still on its way (the page refreshes until it settles). */
export const serviceBusy = (sub: SubscriptionWithService | undefined) =>
  !!sub &&
  (sub.service?.status === "provisioning" ||
    (sub.service_actions ?? []).some((a) => a.status === "running" || a.status === "pending"))

/** The subscription detail, refreshed every few seconds while its service is being worked on. */
export const useSubscriptionService = (id: string, busy: boolean) =>
  useQuery({
    queryKey: subscriptionKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ subscription: SubscriptionWithService }>(`/admin/subscriptions/${id}`),
    refetchInterval: busy ? 3000 : false,
  })

/** Runs an action on the subscription's service now; a 400/409 `{ message }` rejects with that message. */
export const useRunServiceAction = (subscriptionId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, os }: { action: ServiceActionName; os?: string }) =>
      sdk.client.fetch<{ service: AdminService | null; action: AdminServiceAction | null }>(
        `/admin/subscriptions/${subscriptionId}/service/${action}`,
        { method: "POST", body: os ? { os } : {} }
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: subscriptionKeys.detail(subscriptionId) }),
  })
}

/** Another attempt of an action that failed for good. */
export const useRetryServiceAction = (subscriptionId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (actionId: string) =>
      sdk.client.fetch<{ service_action: AdminServiceAction }>(`/admin/service-actions/${actionId}/retry`, { method: "POST", body: {} }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: subscriptionKeys.detail(subscriptionId) }),
  })
}
