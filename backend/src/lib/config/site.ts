import type { ConfigEnv } from "./env"

// The site's content, outbound webhooks and the region policy. Options are read from the environment (see .env.example).

export function contentModule({ brandName }: ConfigEnv) {
  return {
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
  }
}

export function webhooksModule() {
  return {
    // outbound events for integrators: signed Standard Webhooks with a delivery log and retries
    resolve: "./src/modules/webhooks",
    options: {
      // loopback / private-network endpoints (local development only; `npm start` sets it)
      allowPrivate: process.env.WEBHOOK_ALLOW_PRIVATE === "true",
      timeoutMs: Number(process.env.WEBHOOK_TIMEOUT_MS || 5000),
      maxAttempts: Number(process.env.WEBHOOK_MAX_ATTEMPTS || 6),
    },
  }
}

export function regionPolicyModule() {
  return {
    // TRUSTED_PROXIES (whose X-Forwarded-For is believed) is read by src/lib/client-address.ts
    resolve: "./src/modules/region-policy",
    options: {
      defaultCountry: process.env.DEFAULT_COUNTRY || "us",
    },
  }
}
