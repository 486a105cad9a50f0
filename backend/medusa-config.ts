import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { buildPaymentProviders } from "./src/lib/payment-providers"
import { uploadDir } from "./src/lib/uploads"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const isProduction = process.env.NODE_ENV === "production"
const redisUrl = process.env.REDIS_URL

/**
 * Secrets never fall back to a default outside development: a production
 * start without them stops here with a message that says what to set.
 */
function secret(name: string, devDefault: string): string {
  const value = process.env[name]
  if (value) {
    return value
  }
  if (isProduction) {
    throw new Error(
      `${name} is not set. CloudServices refuses to start in production without it: ` +
        `set ${name} to a long random string (e.g. \`openssl rand -hex 32\`).`
    )
  }
  return devDefault
}

const workerMode = (process.env.MEDUSA_WORKER_MODE || "shared") as
  | "shared"
  | "worker"
  | "server"

const jwtSecret = secret("JWT_SECRET", "cloudservices-dev-jwt-secret")
const brandName = process.env.BRAND_NAME || "CloudServices"

const storeCors = process.env.STORE_CORS || "http://localhost:8000"
const adminCors = process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173"

const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"

const emailTransports = (process.env.EMAIL_TRANSPORTS || "local")
  .split(",")
  .map((t) => t.trim())
  .filter(Boolean)

/** Infrastructure modules: Redis-backed when REDIS_URL is set, in-memory otherwise. */
const infrastructureModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
      // Medusa's cache: MFA challenges and one-time codes, shared by every instance
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : [
      { resolve: "@medusajs/medusa/event-bus-local" },
      { resolve: "@medusajs/medusa/workflow-engine-inmemory" },
    ]

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    redisUrl,
    workerMode,
    // Medusa makes the admin session cookie Secure in production; a local run
    // over plain http://localhost (npm start, npm test) turns that off explicitly.
    cookieOptions: process.env.SESSION_COOKIE_SECURE === "false" ? { secure: false } : undefined,
    http: {
      storeCors,
      adminCors,
      authCors:
        process.env.AUTH_CORS ||
        "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      jwtSecret,
      cookieSecret: secret("COOKIE_SECRET", "cloudservices-dev-cookie-secret"),
      // customers signing in with email + password must have confirmed their email
      authVerificationsPerActor: {
        customer: [{ entity_type: "email", auth_provider: "emailpass" }],
      },
    },
  },
  featureFlags: redisUrl ? { caching: true } : {},
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true" || workerMode === "worker",
    // unset = the backend that serves the dashboard, whatever its port or host;
    // set MEDUSA_ADMIN_BACKEND_URL only when the dashboard is hosted elsewhere
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL,
  },
  modules: [
    ...infrastructureModules,
    // rate limits, sign-in lockouts and single-use claims, shared by every instance through Redis
    // (this process's memory without REDIS_URL); the numbers stay with the module whose rule it is
    { resolve: "./src/modules/counters", options: { redisUrl } },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "./src/modules/notification-email",
            id: "email",
            options: {
              channels: ["email"],
              transports: emailTransports,
              from: process.env.EMAIL_FROM || "CloudServices <no-reply@cloudservices.local>",
              smtp: process.env.SMTP_HOST
                ? {
                    host: process.env.SMTP_HOST,
                    port: Number(process.env.SMTP_PORT || 587),
                    secure: process.env.SMTP_SECURE === "true",
                    user: process.env.SMTP_USER,
                    pass: process.env.SMTP_PASS,
                  }
                : undefined,
              sendgrid: process.env.SENDGRID_API_KEY
                ? { apiKey: process.env.SENDGRID_API_KEY, baseUrl: process.env.SENDGRID_API_BASE }
                : undefined,
            },
          },
          {
            resolve: "./src/modules/notification-sms",
            id: "sms",
            options: {
              channels: ["sms"],
              transport: process.env.SMS_TRANSPORT || "local",
              twilio: process.env.TWILIO_ACCOUNT_SID
                ? {
                    accountSid: process.env.TWILIO_ACCOUNT_SID,
                    authToken: process.env.TWILIO_AUTH_TOKEN,
                    from: process.env.TWILIO_FROM,
                    baseUrl: process.env.TWILIO_API_BASE,
                    statusCallbackUrl: `${backendUrl}/hooks/notifications/twilio`,
                  }
                : undefined,
            },
          },
        ],
      },
    },
    {
      resolve: "./src/modules/notification-log",
      options: {
        brand: {
          name: brandName,
          logo_url: process.env.BRAND_LOGO_URL || undefined,
          primary_color: process.env.BRAND_PRIMARY_COLOR || "#0b1b3a",
          accent_color: process.env.BRAND_ACCENT_COLOR || "#2563eb",
          footer_address: process.env.BRAND_FOOTER_ADDRESS || "1 Cloud Way, Dublin, Ireland",
          storefront_url: storefrontUrl,
          admin_url: backendUrl,
        },
        maxAttempts: Number(process.env.NOTIFICATION_MAX_ATTEMPTS || 8),
        // a message a dead worker left "sending" is retried by the next run of the every-minute job after this
        leaseMs: Number(process.env.NOTIFICATION_SENDING_TIMEOUT_SECONDS || 60) * 1000,
        // sent/delivered/failed/bounced messages older than this are deleted by the weekly cleanup job
        retentionDays: Number(process.env.NOTIFICATION_LOG_RETENTION_DAYS || 365),
        // sent/delivered/failed/bounced emails older than this are archived by the weekly cleanup job
        // (hidden from the admin's email log unless "Archived" is chosen, still searchable)
        archiveAfterDays: Number(process.env.CLEANUP_EMAIL_ARCHIVE_DAYS || 90),
        webhooks: {
          // Twilio signs status callbacks with the account's auth token
          twilioAuthToken: process.env.TWILIO_AUTH_TOKEN,
          twilioCallbackUrl: `${backendUrl}/hooks/notifications/twilio`,
          // SendGrid's signed event webhook verification key (base64 DER, ECDSA P-256)
          sendgridPublicKey: process.env.SENDGRID_WEBHOOK_PUBLIC_KEY,
        },
      },
    },
    {
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
    },
    {
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
    },
    {
      // uploads live in one absolute folder outside backend/ (a dev restart never sees them), the
      // same under develop, start and the tests (src/lib/uploads.ts); public ones (admin product
      // images) are served under /static from there, private ones (ticket and chat attachments,
      // `private-…`) only through routes that check ownership
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: uploadDir(),
              private_upload_dir: uploadDir(),
              backend_url: `${backendUrl}/static`,
            },
          },
        ],
      },
    },
    {
      // Stripe / PayPal / Razorpay, each only when its key is set (src/lib/payment-providers.ts);
      // Medusa's offline system provider (pp_system_default) is always registered
      resolve: "@medusajs/medusa/payment",
      // (Medusa answers /hooks/payment/* at once and processes the event 5 s later, 3 attempts)
      options: { providers: buildPaymentProviders(process.env) },
    },
    // failed / cancelled gateway payments, recorded from their webhooks
    {
      resolve: "./src/modules/payment-log",
      // failures older than this are deleted by the weekly cleanup job
      options: { retentionDays: Number(process.env.CLEANUP_FAILED_PAYMENT_RETENTION_DAYS || 180) },
    },
    {
      resolve: "./src/modules/ticket",
      options: {
        // replies by email: ticket emails carry Reply-To support+<ticket number>.<signed token>@<domain>;
        // SendGrid Inbound Parse posts them to /hooks/email/inbound?key=<secret> (off while unset)
        inbound: {
          secret: process.env.EMAIL_INBOUND_SECRET || undefined,
          domain: process.env.EMAIL_INBOUND_DOMAIN || undefined,
          // never bounce a refused reply to these (mail loops)
          ownAddresses: [process.env.EMAIL_FROM, process.env.INVOICE_SELLER_EMAIL].filter((a): a is string => !!a),
          // a local SMTP listener feeding the same workflow (0 = any free port; server/shared processes)
          smtpPort: process.env.EMAIL_INBOUND_SMTP_PORT ? Number(process.env.EMAIL_INBOUND_SMTP_PORT) : undefined,
          smtpHost: process.env.EMAIL_INBOUND_SMTP_HOST || undefined,
        },
      },
    },
    {
      // live chat; its socket.io server runs on its own port in server/shared processes only
      resolve: "./src/modules/chat",
      options: {
        // 0 = any free port (the integration tests); "off" = no socket server in this process
        socketPort:
          process.env.CHAT_SOCKET_PORT === "off"
            ? false
            : Number(process.env.CHAT_SOCKET_PORT || (process.env.NODE_ENV === "test" ? 0 : 9001)),
        // what browsers connect to (behind a proxy: the public origin that forwards /socket.io/)
        publicUrl: process.env.CHAT_PUBLIC_URL || undefined,
        // the servers' socket.io Redis adapter (rooms across instances) and the emitter every process
        // (a worker too) broadcasts through; CHAT_REDIS_URL only for the chat's own use
        redisUrl: process.env.CHAT_REDIS_URL || redisUrl,
        redisKey: process.env.CHAT_REDIS_KEY || undefined,
        // browsers allowed on the socket; default: STORE_CORS + ADMIN_CORS
        cors: process.env.CHAT_CORS || [storeCors, adminCors].join(","),
        // signs and checks socket tickets
        jwtSecret,
      },
    },
    { resolve: "./src/modules/backoffice" },
    { resolve: "./src/modules/reporting" },
    {
      // invoices and credit notes: the seller block printed on every document
      resolve: "./src/modules/invoice",
      options: {
        seller: {
          name: process.env.INVOICE_SELLER_NAME || brandName,
          address:
            process.env.INVOICE_SELLER_ADDRESS || process.env.BRAND_FOOTER_ADDRESS || "1 Cloud Way, Dublin, Ireland",
          vat_id: process.env.INVOICE_SELLER_VAT_ID || undefined,
          email:
            process.env.INVOICE_SELLER_EMAIL ||
            (process.env.EMAIL_FROM || "no-reply@cloudservices.local").replace(/^.*<([^>]+)>.*$/, "$1"),
        },
      },
    },
    {
      resolve: "./src/modules/impersonation",
      options: { storefrontUrl, sessionMinutes: Number(process.env.IMPERSONATION_SESSION_MINUTES || 30) },
    },
    {
      resolve: "./src/modules/subscription",
      options: { expireAfterSuspendedDays: Number(process.env.SUBSCRIPTION_EXPIRE_AFTER_DAYS || 30) },
    },
    {
      // service delivery: a paid subscription becomes a running service through a provider
      // (products pick one with metadata.provisioning_provider; "local" when unset)
      resolve: "./src/modules/provisioning",
      options: {
        secretKey: secret("PROVISIONING_SECRET_KEY", "cloudservices-dev-provisioning-secret-key"),
        defaultProvider: process.env.PROVISIONING_DEFAULT_PROVIDER || "local",
        maxAttempts: Number(process.env.PROVISIONING_MAX_ATTEMPTS || 6),
        // retries: 1 min, 2, 4… up to 1 hour (the service-actions job runs every minute)
        baseBackoffMs: Number(process.env.PROVISIONING_RETRY_BASE_SECONDS || 60) * 1000,
        maxBackoffMs: Number(process.env.PROVISIONING_RETRY_MAX_SECONDS || 3600) * 1000,
        runningTimeoutMs: Number(process.env.PROVISIONING_RUNNING_TIMEOUT_MINUTES || 30) * 60_000,
        retentionDays: Number(process.env.SERVICE_RETENTION_DAYS || 7),
        credentialsRateLimit: {
          max: Number(process.env.SERVICE_CREDENTIALS_RATE_LIMIT_MAX || 5),
          windowSeconds: Number(process.env.SERVICE_CREDENTIALS_RATE_LIMIT_WINDOW_SECONDS || 900),
        },
        providers: [
          {
            // the offline simulator
            resolve: "./src/modules/provisioning-local",
            id: "local",
            options: {
              ipv4Pool: process.env.PROVISIONING_IPV4_POOL || "198.51.100.0/24",
              ipv6Prefix: process.env.PROVISIONING_IPV6_PREFIX || "2001:db8:10::/64",
              delayMs: Number(process.env.PROVISIONING_LOCAL_DELAY_MS ?? 1500),
            },
          },
          // the operator's own platform, signed Standard Webhooks both ways (only when configured)
          ...(process.env.PROVISIONING_WEBHOOK_URL
            ? [
                {
                  resolve: "./src/modules/provisioning-webhook",
                  id: "webhook",
                  options: {
                    url: process.env.PROVISIONING_WEBHOOK_URL,
                    secret: secret("PROVISIONING_WEBHOOK_SECRET", "whsec_Y2xvdWRzZXJ2aWNlcy1kZXYtcHJvdmlzaW9uaW5nLXdlYmhvb2s="),
                    callbackUrl: `${backendUrl}/hooks/provisioning/webhook`,
                    timeoutMs: Number(process.env.PROVISIONING_WEBHOOK_TIMEOUT_MS || 10000),
                  },
                },
              ]
            : []),
        ],
      },
    },
    { resolve: "./src/modules/help-center" },
    {
      // blog posts, resources and the company/legal pages; the company details the site shows
      resolve: "./src/modules/content",
      options: {
        company: {
          name: process.env.COMPANY_NAME || brandName,
          address: process.env.COMPANY_ADDRESS || process.env.BRAND_FOOTER_ADDRESS || "1 Cloud Way, Dublin, Ireland",
          email: process.env.COMPANY_EMAIL || "support@cloudservices.local",
          phone: process.env.COMPANY_PHONE || undefined,
        },
        contactRateLimit: {
          max: Number(process.env.CONTACT_RATE_LIMIT_MAX || 5),
          windowSeconds: Number(process.env.CONTACT_RATE_LIMIT_WINDOW_SECONDS || 3600),
        },
      },
    },
    {
      // outbound events for integrators: signed Standard Webhooks with a delivery log and retries
      resolve: "./src/modules/webhooks",
      options: {
        // loopback / private-network endpoints (local development only; `npm start` sets it)
        allowPrivate: process.env.WEBHOOK_ALLOW_PRIVATE === "true",
        timeoutMs: Number(process.env.WEBHOOK_TIMEOUT_MS || 5000),
        maxAttempts: Number(process.env.WEBHOOK_MAX_ATTEMPTS || 6),
      },
    },
    {
      // support assistant: Gemini when GEMINI_API_KEY is set, help-center search otherwise
      resolve: "./src/modules/assistant",
      options: {
        geminiApiKey: process.env.GEMINI_API_KEY || undefined,
        geminiModel: process.env.GEMINI_MODEL || "gemini-2.5-flash",
        geminiApiBase: process.env.GEMINI_API_BASE || undefined,
        geminiTimeoutMs: Number(process.env.GEMINI_TIMEOUT_MS || 8000),
        minConfidence: Number(process.env.ASSISTANT_MIN_CONFIDENCE || 0.4),
        rateLimit: {
          max: Number(process.env.ASSISTANT_RATE_LIMIT_MAX || 20),
          windowSeconds: Number(process.env.ASSISTANT_RATE_LIMIT_WINDOW_SECONDS || 60),
        },
      },
    },
    {
      // TRUSTED_PROXIES (whose X-Forwarded-For is believed) is read by src/lib/client-address.ts
      resolve: "./src/modules/region-policy",
      options: {
        defaultCountry: process.env.DEFAULT_COUNTRY || "us",
      },
    },
  ],
})
