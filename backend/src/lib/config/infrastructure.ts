import type { ConfigEnv } from "./env"

/** Infrastructure modules: Redis-backed when REDIS_URL is set, in-memory otherwise. */
export function infrastructureModules({ redisUrl }: ConfigEnv) {
  return redisUrl
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
}
