import { secret, type ConfigEnv } from "./env"

// Service delivery: the provisioning module and its providers. Options are read from the environment (see .env.example).

export function provisioningModule({ backendUrl }: ConfigEnv) {
  return {
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
  }
}
