import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerAccountWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAdminActionStep } from "../../backoffice"
import { queueNotificationWorkflow } from "../../notification"
import {
  assertFactorOwnedStep,
  anonymizeCustomerStep,
  confirmEmailCodeStep,
  confirmPhoneCodeStep,
  disableFactorsStep,
  ensureAccountProfileStep,
  forceEmailVerifiedStep,
  recordSecurityEventStep,
  registerIdentityStep,
  type RequestContext,
  resendEmailCodeStep,
  resolveCustomerIdentityStep,
  sendFirstEmailCodeStep,
  sendMfaCodeStep,
  sendPhoneCodeStep,
  setCustomerPhoneStep,
  setPasswordStep,
  updateAccountProfileStep,
  validateAccountNotDeletedStep,
  validateCurrentPasswordStep,
  validatePasswordStep,
  validateSecondFactorStep,
  type OtpMethod,
} from "../steps"

const when_ = (at: Date) => at.toISOString().replace("T", " ").slice(0, 16) + " UTC"

/** A security email to the customer; `key` makes it once per change. */
function alertInput(customer_id: string, key: string, title: string, message: string, ip?: string | null) {
  return {
    template: "security_alert",
    customer_id,
    idempotency_key: `security_alert:${customer_id}:${key}`,
    data: { title, message, when: when_(new Date()), ip: ip ?? null },
  }
}

export type RegisterCustomerInput = {
  email: string
  password: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
} & RequestContext

/**
 * Registration: identity + Medusa customer + shopper id + an emailed code.
 * For an address that already has an account nothing is created and its
 * owner is told by email; the answer is the same either way.
 */
export const registerCustomerAccountWorkflow = createWorkflow("register-customer-account", (input: RegisterCustomerInput) => {
  const email = transform({ input }, ({ input }) => input.email.trim().toLowerCase())
  validatePasswordStep(transform({ input, email }, ({ input, email }) => ({ password: input.password, email })))
  const identity = registerIdentityStep(transform({ input, email }, ({ input, email }) => ({ email, password: input.password })))

  when({ identity }, ({ identity }) => !identity.existing).then(() => {
    const customer = createCustomerAccountWorkflow.runAsStep({
      input: transform({ input, email, identity }, ({ input, email, identity }) => ({
        authIdentityId: identity.auth_identity_id,
        customerData: {
          email,
          first_name: input.first_name ?? undefined,
          last_name: input.last_name ?? undefined,
          phone: input.phone ?? undefined,
        },
      })),
    })
    ensureAccountProfileStep(transform({ customer }, ({ customer }) => ({ customer_id: customer.id })))
    recordSecurityEventStep(
      transform({ input, customer, identity }, ({ input, customer, identity }) => ({
        type: "registered",
        customer_id: customer.id,
        auth_identity_id: identity.auth_identity_id,
        ip: input.ip,
        user_agent: input.user_agent,
      }))
    )
    sendFirstEmailCodeStep(transform({ identity, email }, ({ identity, email }) => ({ auth_identity_id: identity.auth_identity_id, email })))
  })

  when({ identity }, ({ identity }) => identity.existing).then(() => {
    queueNotificationWorkflow.runAsStep({
      input: transform({ email, identity }, ({ email, identity }) => ({
        template: "account_exists",
        to: email,
        customer_id: identity.customer_id,
        // at most one such email per address per hour
        idempotency_key: `account_exists:${email}:${new Date().toISOString().slice(0, 13)}`,
      })),
    }).config({ name: "notify-account-exists" })
  })

  return new WorkflowResponse(transform({ email }, ({ email }) => ({ email })))
})

/** After the code (or support) proves the email: profile, history, `customer.verified` (welcome email). */
export const markEmailVerifiedWorkflow = createWorkflow(
  "mark-email-verified",
  (input: { customer_id: string; auth_identity_id?: string | null; verified_at: Date; via: string } & RequestContext) => {
    updateAccountProfileStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, update: { email_verified_at: input.verified_at } })))
    recordSecurityEventStep(
      transform({ input }, ({ input }) => ({
        type: "email_verified",
        customer_id: input.customer_id,
        auth_identity_id: input.auth_identity_id ?? null,
        ip: input.ip,
        user_agent: input.user_agent,
        data: { via: input.via },
      }))
    )
    emitEventStep({ eventName: "customer.verified", data: transform({ input }, ({ input }) => ({ id: input.customer_id })) })
    return new WorkflowResponse(input.customer_id)
  }
)

/** A customer types the emailed code (with their address, no token needed). */
export const verifyEmailWorkflow = createWorkflow(
  "verify-email",
  (input: { email?: string; auth_identity_id?: string; code: string } & RequestContext) => {
    const confirmed = confirmEmailCodeStep(input)
    when({ confirmed }, ({ confirmed }) => !!confirmed.customer_id).then(() => {
      markEmailVerifiedWorkflow.runAsStep({
        input: transform({ confirmed, input }, ({ confirmed, input }) => ({
          customer_id: confirmed.customer_id!,
          auth_identity_id: confirmed.auth_identity_id,
          verified_at: confirmed.verified_at,
          via: "email_code",
          ip: input.ip,
          user_agent: input.user_agent,
        })),
      })
    })
    return new WorkflowResponse(confirmed)
  }
)

/** Another email code, within the cooldown and the hourly cap. */
export const resendEmailCodeWorkflow = createWorkflow("resend-email-code", (input: { email: string } & RequestContext) => {
  return new WorkflowResponse(resendEmailCodeStep(input))
})

/** A sign-in or set-up code by email or SMS for an identity. */
export const sendMfaCodeWorkflow = createWorkflow(
  "send-mfa-code",
  (input: { auth_identity_id: string; method: OtpMethod } & RequestContext) => {
    const sent = sendMfaCodeStep(input)
    recordSecurityEventStep(
      transform({ input }, ({ input }) => ({
        type: "code_sent",
        auth_identity_id: input.auth_identity_id,
        ip: input.ip,
        user_agent: input.user_agent,
        data: { purpose: "second_factor", method: input.method },
      }))
    )
    return new WorkflowResponse(sent)
  }
)

/** Step one of adding a phone: an SMS code to it. */
export const startPhoneVerificationWorkflow = createWorkflow(
  "start-phone-verification",
  (input: { customer_id: string; phone: string } & RequestContext) => {
    validateAccountNotDeletedStep(input)
    const sent = sendPhoneCodeStep(input)
    return new WorkflowResponse(sent)
  }
)

/** Step two: the code proves the phone; it becomes the SMS number. */
export const confirmPhoneWorkflow = createWorkflow(
  "confirm-phone",
  (input: { customer_id: string; code: string } & RequestContext) => {
    const proved = confirmPhoneCodeStep(input)
    updateAccountProfileStep(
      transform({ input, proved }, ({ input, proved }) => ({
        customer_id: input.customer_id,
        update: { phone: proved.phone, phone_verified_at: new Date() },
      }))
    )
    setCustomerPhoneStep(transform({ input, proved }, ({ input, proved }) => ({ customer_id: input.customer_id, phone: proved.phone })))
    recordSecurityEventStep(
      transform({ input, proved }, ({ input, proved }) => ({
        type: "phone_verified",
        customer_id: input.customer_id,
        ip: input.ip,
        user_agent: input.user_agent,
        data: { phone: proved.phone },
      }))
    )
    return new WorkflowResponse(proved)
  }
)

/** Change password: the current one, the rules, then the change and an email. */
export const changePasswordWorkflow = createWorkflow(
  "change-password",
  (input: { customer_id: string; email: string; current_password: string; new_password: string } & RequestContext) => {
    validateCurrentPasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.current_password })))
    validatePasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.new_password })))
    updateAccountProfileStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, update: { password_changed_at: new Date() } })))
    recordSecurityEventStep(
      transform({ input }, ({ input }) => ({ type: "password_changed", customer_id: input.customer_id, ip: input.ip, user_agent: input.user_agent }))
    )
    // the password itself changes last: nothing after it can fail and leave it changed silently
    setPasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.new_password })))
    queueNotificationWorkflow.runAsStep({
      input: transform({ input }, ({ input }) =>
        alertInput(input.customer_id, `password:${Date.now()}`, "Your password was changed", "The password of your account was changed.", input.ip)
      ),
    })
    return new WorkflowResponse(true)
  }
)

/** After a reset link was used: history, lockout cleared by the caller, an email. */
export const recordPasswordResetWorkflow = createWorkflow(
  "record-password-reset",
  (input: { customer_id: string } & RequestContext) => {
    updateAccountProfileStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, update: { password_changed_at: new Date() } })))
    recordSecurityEventStep(
      transform({ input }, ({ input }) => ({ type: "password_reset", customer_id: input.customer_id, ip: input.ip, user_agent: input.user_agent }))
    )
    queueNotificationWorkflow.runAsStep({
      input: transform({ input }, ({ input }) =>
        alertInput(input.customer_id, `reset:${Date.now()}`, "Your password was reset", "A password reset link was used to set a new password.", input.ip)
      ),
    })
    return new WorkflowResponse(true)
  }
)

/** A factor change the customer made (enabled, recovery codes): history + email. */
export const recordFactorChangeWorkflow = createWorkflow(
  "record-factor-change",
  (
    input: {
      customer_id: string
      auth_identity_id?: string | null
      type: "mfa_enabled" | "recovery_codes_generated" | "recovery_code_used"
      method?: string | null
      recovery_codes_remaining?: number | null
    } & RequestContext
  ) => {
    when({ input }, ({ input }) => input.recovery_codes_remaining !== undefined && input.recovery_codes_remaining !== null).then(() => {
      updateAccountProfileStep(
        transform({ input }, ({ input }) => ({
          customer_id: input.customer_id,
          update: { recovery_codes_remaining: Math.max(0, input.recovery_codes_remaining ?? 0) },
        }))
      )
    })
    recordSecurityEventStep(
      transform({ input }, ({ input }) => ({
        type: input.type,
        customer_id: input.customer_id,
        auth_identity_id: input.auth_identity_id ?? null,
        ip: input.ip,
        user_agent: input.user_agent,
        data: { method: input.method ?? null },
      }))
    )
    when({ input }, ({ input }) => input.type !== "recovery_code_used").then(() => {
      queueNotificationWorkflow.runAsStep({
        input: transform({ input }, ({ input }) =>
          input.type === "mfa_enabled"
            ? alertInput(
                input.customer_id,
                `mfa_enabled:${input.method}:${Date.now()}`,
                "Two-step sign-in turned on",
                `${METHOD_NAMES[input.method ?? ""] ?? "A second factor"} now protects your account.`,
                input.ip
              )
            : alertInput(
                input.customer_id,
                `recovery:${Date.now()}`,
                "New recovery codes",
                "New recovery codes were created; the old ones no longer work.",
                input.ip
              )
        ),
      })
    })
    return new WorkflowResponse(true)
  }
)

const METHOD_NAMES: Record<string, string> = {
  totp: "An authenticator app",
  email_otp: "Email sign-in codes",
  sms_otp: "SMS sign-in codes",
  recovery_code: "A recovery code",
}

/** Turning a factor off: password + a current code, then the factor, history and an email. */
export const disableSecondFactorWorkflow = createWorkflow(
  "disable-second-factor",
  (
    input: { customer_id: string; email: string; auth_identity_id: string; factor_id: string; password: string; method: string; code: string } &
      RequestContext
  ) => {
    assertFactorOwnedStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, factor_id: input.factor_id })))
    validateCurrentPasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.password })))
    const proof = validateSecondFactorStep(
      transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, method: input.method, code: input.code }))
    )
    const result = disableFactorsStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, factor_id: input.factor_id })))
    recordSecurityEventStep(
      transform({ input, result, proof }, ({ input, result, proof }) => ({
        type: "mfa_disabled",
        customer_id: input.customer_id,
        auth_identity_id: input.auth_identity_id,
        ip: input.ip,
        user_agent: input.user_agent,
        data: { methods: result.disabled, confirmed_with: input.method, recovery_code_used: proof.recovery_code_used },
      }))
    )
    when({ result }, ({ result }) => result.remaining === 0).then(() => {
      updateAccountProfileStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, update: { recovery_codes_remaining: 0 } })))
    })
    queueNotificationWorkflow.runAsStep({
      input: transform({ input, result }, ({ input, result }) =>
        alertInput(
          input.customer_id,
          `mfa_disabled:${Date.now()}`,
          "A second factor was turned off",
          `${result.disabled.map((m) => METHOD_NAMES[m] ?? m).join(", ")} no longer protect${result.disabled.length > 1 ? "" : "s"} your account.`,
          input.ip
        )
      ),
    })
    return new WorkflowResponse(result)
  }
)

/** DELETE /store/account: password, then anonymise, end the login, keep orders, email the old address. */
export const deleteCustomerAccountWorkflow = createWorkflow(
  "delete-customer-account",
  (input: { customer_id: string; email: string; password: string; shopper_id: string } & RequestContext) => {
    validateAccountNotDeletedStep(input)
    validateCurrentPasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.password })))
    const who = resolveCustomerIdentityStep(input)
    when({ who }, ({ who }) => !!who.auth_identity_id).then(() => {
      disableFactorsStep(transform({ who }, ({ who }) => ({ auth_identity_id: who.auth_identity_id! })))
    })
    updateAccountProfileStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        update: { status: "deleted" as const, anonymized_at: new Date(), phone: null, phone_verified_at: null, recovery_codes_remaining: 0 },
      }))
    )
    recordSecurityEventStep(
      transform({ input }, ({ input }) => ({ type: "account_deleted", customer_id: input.customer_id, ip: input.ip, user_agent: input.user_agent }))
    )
    anonymizeCustomerStep(
      transform({ input, who }, ({ input, who }) => ({
        customer_id: input.customer_id,
        auth_identity_id: who.auth_identity_id,
        shopper_id: input.shopper_id,
      }))
    )
    queueNotificationWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        template: "account_deleted",
        to: input.email,
        customer_id: input.customer_id,
        idempotency_key: `account_deleted:${input.customer_id}`,
      })),
    })
    emitEventStep({ eventName: "customer.deleted_by_customer", data: transform({ input }, ({ input }) => ({ id: input.customer_id })) })
    return new WorkflowResponse(true)
  }
)

type AdminInput = { customer_id: string; reason?: string | null; actor_id: string }

const adminAction = (input: AdminInput, action: string, data?: Record<string, unknown>) => ({
  actor_type: "user" as const,
  actor_id: input.actor_id,
  action,
  resource_type: "customer",
  resource_id: input.customer_id,
  customer_id: input.customer_id,
  reason: input.reason ?? null,
  data: data ?? null,
})

/** Admin suspends a customer: no sign-in, old tokens refused, no checkout; emailed and logged. */
export const suspendCustomerWorkflow = createWorkflow("suspend-customer", (input: AdminInput) => {
  validateAccountNotDeletedStep(input)
  updateAccountProfileStep(
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      update: { status: "suspended" as const, suspension_reason: input.reason ?? null, suspended_at: new Date() },
    }))
  )
  recordSecurityEventStep(
    transform({ input }, ({ input }) => ({ type: "suspended", customer_id: input.customer_id, data: { by: input.actor_id, reason: input.reason } }))
  )
  recordAdminActionStep(transform({ input }, ({ input }) => adminAction(input, "customer.suspended")))
  queueNotificationWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      template: "account_suspended",
      customer_id: input.customer_id,
      idempotency_key: `account_suspended:${input.customer_id}:${Date.now()}`,
      data: { reason: input.reason },
    })),
  })
  emitEventStep({ eventName: "customer.suspended", data: transform({ input }, ({ input }) => ({ id: input.customer_id })) })
  return new WorkflowResponse(input.customer_id)
})

/** Admin lifts a suspension. */
export const activateCustomerWorkflow = createWorkflow("activate-customer", (input: AdminInput) => {
  validateAccountNotDeletedStep(input)
  updateAccountProfileStep(
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      update: { status: "active" as const, suspension_reason: null, suspended_at: null },
    }))
  )
  recordSecurityEventStep(
    transform({ input }, ({ input }) => ({ type: "activated", customer_id: input.customer_id, data: { by: input.actor_id, reason: input.reason ?? null } }))
  )
  recordAdminActionStep(transform({ input }, ({ input }) => adminAction(input, "customer.activated")))
  emitEventStep({ eventName: "customer.activated", data: transform({ input }, ({ input }) => ({ id: input.customer_id })) })
  return new WorkflowResponse(input.customer_id)
})

/** Admin turns off every second factor of a customer who lost theirs. */
export const resetCustomerTwoFactorWorkflow = createWorkflow("reset-customer-two-factor", (input: AdminInput) => {
  const who = resolveCustomerIdentityStep(input)
  const result = disableFactorsStep(transform({ who }, ({ who }) => ({ auth_identity_id: who.auth_identity_id ?? "" })))
  updateAccountProfileStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, update: { recovery_codes_remaining: 0 } })))
  recordSecurityEventStep(
    transform({ input, result }, ({ input, result }) => ({
      type: "mfa_reset",
      customer_id: input.customer_id,
      data: { by: input.actor_id, reason: input.reason, methods: result.disabled },
    }))
  )
  recordAdminActionStep(transform({ input, result }, ({ input, result }) => adminAction(input, "customer.2fa_reset", { methods: result.disabled })))
  queueNotificationWorkflow.runAsStep({
    input: transform({ input }, ({ input }) =>
      alertInput(
        input.customer_id,
        `mfa_reset:${Date.now()}`,
        "Two-step sign-in was reset by support",
        "Support turned off the second factors of your account at your request. Sign in and turn them on again.",
        null
      )
    ),
  })
  return new WorkflowResponse(result)
})

/** Support marks the customer's email verified (e.g. verified by phone). */
export const adminVerifyEmailWorkflow = createWorkflow("admin-verify-email", (input: AdminInput) => {
  const who = resolveCustomerIdentityStep(input)
  const verifiedAt = forceEmailVerifiedStep(
    transform({ who }, ({ who }) => ({ auth_identity_id: who.auth_identity_id ?? "", email: who.email }))
  )
  recordAdminActionStep(transform({ input }, ({ input }) => adminAction(input, "customer.email_verified")))
  markEmailVerifiedWorkflow.runAsStep({
    input: transform({ input, who, verifiedAt }, ({ input, who, verifiedAt }) => ({
      customer_id: input.customer_id,
      auth_identity_id: who.auth_identity_id,
      verified_at: new Date(verifiedAt as unknown as string),
      via: `admin:${input.actor_id}`,
    })),
  })
  return new WorkflowResponse(input.customer_id)
})
