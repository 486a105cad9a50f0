import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import { subscriptionKeys } from "./subscriptions"
import type {
  ServiceStatus,
  ServiceActionName,
  ServiceActionStatus,
  AdminService,
  AdminServiceAction,
  AdminSubscriptionDetail as SubscriptionWithService,
  AdminSubscriptionResponse as SubscriptionResponse,
} from "../../types/http"
export type { ServiceActionName, AdminService, AdminServiceAction, SubscriptionWithService }

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
    queryFn: () => sdk.client.fetch<SubscriptionResponse>(`/admin/subscriptions/${id}`),
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
