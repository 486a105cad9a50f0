/**
 * Support's public face and chat hours (`presentSupport` in `api/utils/support.ts`):
 * `GET /store/support` answers `{ support }`, `GET|POST /admin/support-profile` `{ support_profile }`.
 */
export type SupportProfile = {
  display_name: string | null
  avatar_url: string | null
  hours: {
    timezone: string
    /** 0 = Sunday … 6 = Saturday */
    days: number[]
    /** "08:00" */
    opens_at: string
    closes_at: string
    /** "Monday to Friday, 08:00–20:00 UTC"; null when nobody answers chat on any day */
    text: string | null
  }
  /** a person is on live chat at `as_of` */
  open: boolean
  as_of: string
}
export type StoreSupportResponse = { support: SupportProfile }
export type AdminSupportProfileResponse = { support_profile: SupportProfile }
