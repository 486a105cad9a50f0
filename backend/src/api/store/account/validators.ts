import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetNotificationsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({ channel: z.enum(["email", "sms"]).optional() })
)
export type StoreGetNotificationsParamsType = z.infer<typeof StoreGetNotificationsParams>

export const StoreGetPaymentsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreGetPaymentsParamsType = z.infer<typeof StoreGetPaymentsParams>

const email = z.string().trim().toLowerCase().email().max(254)
const code = z.string().trim().regex(/^\d{6}$/, "The code has 6 digits")
const password = z.string().min(1).max(200)

export const StoreRegisterAccount = z
  .object({
    email,
    password,
    first_name: z.string().trim().max(100).optional().nullable(),
    last_name: z.string().trim().max(100).optional().nullable(),
    phone: z.string().trim().max(32).optional().nullable(),
  })
  .strict()
export type StoreRegisterAccountType = z.infer<typeof StoreRegisterAccount>

export const StoreVerifyEmail = z.object({ email, code }).strict()
export type StoreVerifyEmailType = z.infer<typeof StoreVerifyEmail>

export const StoreResendEmailCode = z.object({ email }).strict()
export type StoreResendEmailCodeType = z.infer<typeof StoreResendEmailCode>

export const StoreSendMfaCode = z.object({ method: z.enum(["email_otp", "sms_otp"]) }).strict()
export type StoreSendMfaCodeType = z.infer<typeof StoreSendMfaCode>

export const StoreDisableFactor = z
  .object({
    password,
    method: z.enum(["totp", "email_otp", "sms_otp", "recovery_code"]),
    code: z.string().trim().min(6).max(32),
  })
  .strict()
export type StoreDisableFactorType = z.infer<typeof StoreDisableFactor>

export const StoreStartPhone = z
  .object({ phone: z.string().trim().regex(/^\+[1-9]\d{6,14}$/, "Use the international format, e.g. +14155550123") })
  .strict()
export type StoreStartPhoneType = z.infer<typeof StoreStartPhone>

export const StoreConfirmPhone = z.object({ code }).strict()
export type StoreConfirmPhoneType = z.infer<typeof StoreConfirmPhone>

export const StoreChangePassword = z.object({ current_password: password, new_password: password }).strict()
export type StoreChangePasswordType = z.infer<typeof StoreChangePassword>

export const StoreDeleteAccount = z.object({ password }).strict()
export type StoreDeleteAccountType = z.infer<typeof StoreDeleteAccount>
