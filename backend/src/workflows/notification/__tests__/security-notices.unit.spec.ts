import { securityNotice } from "../utils/security-notices"

const at = new Date("2026-03-04T05:06:07.000Z")
const entry = (type: string, data: Record<string, unknown> | null = null, ip: string | null = "203.0.113.9") => ({
  id: "secev_1",
  type,
  ip,
  data,
  created_at: at,
})

describe("security notices", () => {
  it("alerts the customer about each change, once per history entry, at the time it happened", () => {
    expect(securityNotice({ customer_id: "cus_1" }, entry("password_changed"))).toEqual({
      template: "security_alert",
      customer_id: "cus_1",
      idempotency_key: "security_alert:cus_1:password:secev_1",
      data: { title: "Your password was changed", message: "The password of your account was changed.", when: "2026-03-04 05:06 UTC", ip: "203.0.113.9" },
    })
    expect(securityNotice({ customer_id: "cus_1" }, entry("mfa_enabled", { method: "totp" }))?.data).toMatchObject({
      title: "Two-step sign-in turned on",
      message: "An authenticator app now protects your account.",
    })
    expect(securityNotice({ customer_id: "cus_1" }, entry("mfa_disabled", { methods: ["totp", "sms_otp"] }))?.data).toMatchObject({
      message: "An authenticator app, SMS sign-in codes no longer protect your account.",
    })
    expect(securityNotice({ customer_id: "cus_1" }, entry("mfa_disabled", { methods: ["email_otp"] }))?.data).toMatchObject({
      message: "Email sign-in codes no longer protects your account.",
    })
    expect(securityNotice({ customer_id: "cus_1" }, entry("mfa_reset", null, null))).toMatchObject({
      idempotency_key: "security_alert:cus_1:mfa_reset:secev_1",
      data: { title: "Two-step sign-in was reset by support", ip: null },
    })
    for (const type of ["password_reset", "recovery_codes_generated"]) {
      expect(securityNotice({ customer_id: "cus_1" }, entry(type))?.template).toBe("security_alert")
    }
  })

  it("tells a suspended customer why, and a deleted one at their old address", () => {
    expect(securityNotice({ customer_id: "cus_1" }, entry("suspended", { by: "user_1", reason: "Chargeback" }))).toEqual({
      template: "account_suspended",
      customer_id: "cus_1",
      idempotency_key: "account_suspended:cus_1:secev_1",
      data: { reason: "Chargeback" },
    })
    expect(securityNotice({ customer_id: "cus_1", email: "ada@example.com" }, entry("account_deleted"))).toEqual({
      template: "account_deleted",
      to: "ada@example.com",
      customer_id: "cus_1",
      idempotency_key: "account_deleted:cus_1",
    })
  })

  it("sends nothing for entries that call for no email", () => {
    expect(securityNotice({ customer_id: "cus_1" }, entry("recovery_code_used"))).toBeNull()
    expect(securityNotice({ customer_id: "cus_1" }, entry("login_succeeded"))).toBeNull()
    expect(securityNotice({ customer_id: "cus_1" }, null)).toBeNull()
  })
})
