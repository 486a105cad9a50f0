/** The client's address and agent, recorded with what a request did. */
export type RequestContext = { ip?: string | null; user_agent?: string | null }

export const OTP_METHODS = ["email_otp", "sms_otp"] as const
export type OtpMethod = (typeof OTP_METHODS)[number]
