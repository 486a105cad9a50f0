import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { AdminSupportProfileResponse as SupportProfileResponse } from "../../types/http"
export type { SupportProfile } from "../../types/http"

export type SupportProfileUpdate = {
  display_name?: string | null
  avatar_url?: string | null
  timezone?: string
  days?: number[]
  opens_at?: string
  closes_at?: string
}

export const supportProfileKeys = { all: ["support-profile"] as const }

export const useSupportProfile = () =>
  useQuery({
    queryKey: supportProfileKeys.all,
    queryFn: () => sdk.client.fetch<SupportProfileResponse>("/admin/support-profile"),
    select: (data) => data.support_profile,
  })

export const useUpdateSupportProfile = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SupportProfileUpdate) =>
      sdk.client.fetch<SupportProfileResponse>("/admin/support-profile", { method: "POST", body }),
    onSuccess: (data) => queryClient.setQueryData(supportProfileKeys.all, data),
  })
}
