/** The client's address and agent, recorded with what a request did. */
export type RequestContext = { ip?: string | null; user_agent?: string | null }

export const OTP_METHODS = ["email_otp", "sms_otp"] as const
export type OtpMethod = (typeof OTP_METHODS)[number]

/** A customer account's status (active while there is no customer or profile yet). */
export type AccountStatus = "active" | "suspended" | "deleted"

/** Who acts on a second factor: a customer gets the store's extra checks and history; admins get Medusa's flow as it is. */
export type SecondFactorActor = { auth_identity_id: string; customer: boolean } & RequestContext
