import { secret, type ConfigEnv } from "./env"

// Sign-in, accounts and impersonation. Options are read from the environment (see .env.example).

export function authModule({ brandName, jwtSecret }: ConfigEnv) {
  return {
    // Medusa's auth module with email + password, its MFA (TOTP, recovery codes) and
    // verification, plus CloudServices' email/SMS sign-in codes and email verification codes
    resolve: "@medusajs/medusa/auth",
    options: {
      providers: [{ resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" }],
      mfa: {
        encryption_key: secret("MFA_ENCRYPTION_KEY", "cloudservices-dev-mfa-encryption-key"),
        recovery_code_count: 10,
        challenge_ttl_seconds: 600,
        challenge_max_attempts: 5,
        providers: [
          { id: "totp", options: { issuer: brandName, window: 1 } },
          { resolve: "./src/modules/auth-otp", options: { secret: jwtSecret } },
        ],
      },
      verification: {
        providers: [{ resolve: "./src/modules/auth-email-code", options: { secret: jwtSecret } }],
      },
    },
  }
}

/** Customer accounts: rate limits, lockout, API budgets. */
export function accountModule(_env: ConfigEnv) {
  return {
    resolve: "./src/modules/account",
    options: {
      rateLimit: {
        max: Number(process.env.AUTH_RATE_LIMIT_MAX || 5),
        windowSeconds: Number(process.env.AUTH_RATE_LIMIT_WINDOW_SECONDS || 900),
      },
      lockout: {
        threshold: Number(process.env.LOGIN_LOCKOUT_THRESHOLD || 5),
        baseSeconds: Number(process.env.LOGIN_LOCKOUT_BASE_SECONDS || 60),
        maxSeconds: Number(process.env.LOGIN_LOCKOUT_MAX_SECONDS || 3600),
      },
      // admin sign-ins per address (a successful one clears the count)
      adminLoginRateLimit: {
        max: Number(process.env.ADMIN_LOGIN_RATE_LIMIT_MAX || 10),
        windowSeconds: Number(process.env.ADMIN_LOGIN_RATE_LIMIT_WINDOW_SECONDS || 900),
      },
      // per-user API budgets per window (customer / admin user / anonymous address), reads and writes apart
      apiRateLimit: {
        windowSeconds: Number(process.env.API_RATE_LIMIT_WINDOW_SECONDS || 900),
        storeRead: Number(process.env.API_RATE_LIMIT_STORE_READ_MAX || 3000),
        storeWrite: Number(process.env.API_RATE_LIMIT_STORE_WRITE_MAX || 600),
        adminRead: Number(process.env.API_RATE_LIMIT_ADMIN_READ_MAX || 6000),
        adminWrite: Number(process.env.API_RATE_LIMIT_ADMIN_WRITE_MAX || 1500),
      },
      // email verification codes never confirmed are deleted by the weekly cleanup job after this
      verificationRetentionDays: Number(process.env.CLEANUP_OTP_RETENTION_DAYS || 30),
      // authenticator set-ups started and never confirmed are removed by the weekly cleanup job after this
      mfaPendingRetentionDays: Number(process.env.CLEANUP_MFA_PENDING_DAYS || 1),
      // password-reset token records (Medusa stores their hash) are deleted this many days after they expire
      passwordResetRetentionDays: Number(process.env.CLEANUP_PASSWORD_RESET_RETENTION_DAYS || 1),
    },
  }
}

export function impersonationModule({ storefrontUrl }: ConfigEnv) {
  return {
    resolve: "./src/modules/impersonation",
    options: { storefrontUrl, sessionMinutes: Number(process.env.IMPERSONATION_SESSION_MINUTES || 30) },
  }
}
