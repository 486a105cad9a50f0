/**
 * The settings several modules share, read from the environment once
 * `medusa-config.ts` has run `loadEnv`. Secrets never fall back to a default
 * outside development.
 */

export type ConfigEnv = {
  isProduction: boolean
  redisUrl: string | undefined
  workerMode: "shared" | "worker" | "server"
  jwtSecret: string
  brandName: string
  storeCors: string
  adminCors: string
  backendUrl: string
  storefrontUrl: string
}

/**
 * A secret from the environment; in development its default. A production
 * start without it stops here with a message that says what to set.
 */
export function secret(name: string, devDefault: string): string {
  const value = process.env[name]
  if (value) {
    return value
  }
  if (process.env.NODE_ENV === "production") {
    throw new Error(
      `${name} is not set. CloudServices refuses to start in production without it: ` +
        `set ${name} to a long random string (e.g. \`openssl rand -hex 32\`).`
    )
  }
  return devDefault
}

export function readConfigEnv(): ConfigEnv {
  return {
    isProduction: process.env.NODE_ENV === "production",
    redisUrl: process.env.REDIS_URL,
    workerMode: (process.env.MEDUSA_WORKER_MODE || "shared") as ConfigEnv["workerMode"],
    jwtSecret: secret("JWT_SECRET", "cloudservices-dev-jwt-secret"),
    brandName: process.env.BRAND_NAME || "CloudServices",
    storeCors: process.env.STORE_CORS || "http://localhost:8000",
    adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
  }
}
