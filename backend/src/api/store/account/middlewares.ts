import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { rateLimit } from "../../utils/security"
import { listStoreNotificationsQueryConfig } from "./query-config"
import {
  StoreChangePassword,
  StoreConfirmPhone,
  StoreDeleteAccount,
  StoreDisableFactor,
  StoreGetNotificationsParams,
  StoreGetPaymentsParams,
  StoreRegisterAccount,
  StoreResendEmailCode,
  StoreSendMfaCode,
  StoreStartPhone,
  StoreVerifyEmail,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeAccountMiddlewares: MiddlewareRoute[] = [
  // signed in
  { matcher: "/store/account/notifications*", middlewares: [customer] },
  {
    method: ["GET"],
    matcher: "/store/account/notifications",
    middlewares: [validateAndTransformQuery(StoreGetNotificationsParams, listStoreNotificationsQueryConfig)],
  },
  { method: ["GET"], matcher: "/store/account/security", middlewares: [customer] },
  { method: ["GET"], matcher: "/store/account/payments", middlewares: [customer, validateAndTransformQuery(StoreGetPaymentsParams, {})] },
  {
    method: ["POST"],
    matcher: "/store/account/security/factors/:id/disable",
    middlewares: [customer, rateLimit("verify", "code attempts"), validateAndTransformBody(StoreDisableFactor)],
  },
  { method: ["POST"], matcher: "/store/account/phone", middlewares: [customer, validateAndTransformBody(StoreStartPhone)] },
  {
    method: ["POST"],
    matcher: "/store/account/phone/verify",
    middlewares: [customer, rateLimit("verify", "code attempts"), validateAndTransformBody(StoreConfirmPhone)],
  },
  {
    method: ["POST"],
    matcher: "/store/account/change-password",
    middlewares: [customer, rateLimit("password", "password changes"), validateAndTransformBody(StoreChangePassword)],
  },
  { method: ["DELETE"], matcher: "/store/account", middlewares: [customer, validateAndTransformBody(StoreDeleteAccount)] },

  // before a session exists
  {
    method: ["POST"],
    matcher: "/store/account/register",
    middlewares: [rateLimit("register", "registrations"), validateAndTransformBody(StoreRegisterAccount)],
  },
  {
    method: ["POST"],
    matcher: "/store/account/verify-email",
    middlewares: [rateLimit("verify", "code attempts"), validateAndTransformBody(StoreVerifyEmail)],
  },
  {
    method: ["POST"],
    matcher: "/store/account/verify-email/resend",
    middlewares: [rateLimit("resend", "code requests"), validateAndTransformBody(StoreResendEmailCode)],
  },
  {
    method: ["POST"],
    matcher: "/store/account/mfa/send-code",
    middlewares: [
      // the token of the first sign-in step (no customer yet) is what this takes
      authenticate("customer", ["bearer", "session"], { allowUnregistered: true, requireMfa: false }),
      rateLimit("resend", "code requests"),
      validateAndTransformBody(StoreSendMfaCode),
    ],
  },
]
