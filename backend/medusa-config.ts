import { defineConfig, loadEnv } from "@medusajs/framework/utils"

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
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors:
        process.env.AUTH_CORS ||
        "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      jwtSecret: secret("JWT_SECRET", "cloudservices-dev-jwt-secret"),
      cookieSecret: secret("COOKIE_SECRET", "cloudservices-dev-cookie-secret"),
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
    {
      resolve: "./src/modules/region-policy",
      options: {
        trustedProxies: (process.env.TRUSTED_PROXIES || "127.0.0.1,::1")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        defaultCountry: process.env.DEFAULT_COUNTRY || "us",
      },
    },
  ],
})
