import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

/** Support's public face and chat hours (`GET /admin/support-profile`, the same as `GET /store/support`). */
export type SupportProfile = {
  display_name: string | null
  avatar_url: string | null
  hours: {
    timezone: string
    /** 0 = Sunday … 6 = Saturday */
    days: number[]
    opens_at: string
    closes_at: string
    text: string | null
  }
  open: boolean
  as_of: string
}

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
    queryFn: () => sdk.client.fetch<{ support_profile: SupportProfile }>("/admin/support-profile"),
    select: (data) => data.support_profile,
  })

export const useUpdateSupportProfile = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SupportProfileUpdate) =>
      sdk.client.fetch<{ support_profile: SupportProfile }>("/admin/support-profile", { method: "POST", body }),
    onSuccess: (data) => queryClient.setQueryData(supportProfileKeys.all, data),
  })
}
