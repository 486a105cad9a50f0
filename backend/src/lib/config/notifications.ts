import type { ConfigEnv } from "./env"

// Notification channels (email, SMS) and the notification log with its brand. Options are read from the environment (see .env.example).

/** Medusa's notification module with the email and SMS providers. */
export function notificationModule({ backendUrl }: ConfigEnv) {
  const emailTransports = (process.env.EMAIL_TRANSPORTS || "local")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean)
  return {
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
  }
}

/** The notification log: templates' brand, retries, retention, delivery webhooks. */
export function notificationLogModule({ brandName, backendUrl, storefrontUrl }: ConfigEnv) {
  return {
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
  }
}
