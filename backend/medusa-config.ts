import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { accountModule, authModule, impersonationModule } from "./src/lib/config/accounts"
import { fileModule, invoiceModule, paymentLogModule, paymentModule, subscriptionModule } from "./src/lib/config/commerce"
import { readConfigEnv, secret } from "./src/lib/config/env"
import { infrastructureModules } from "./src/lib/config/infrastructure"
import { notificationLogModule, notificationModule } from "./src/lib/config/notifications"
import { provisioningModule } from "./src/lib/config/provisioning"
import { contentModule, regionPolicyModule, webhooksModule } from "./src/lib/config/site"
import { assistantModule, chatModule, ticketModule } from "./src/lib/config/support"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Each module's options are built from the environment in src/lib/config/ (one file per area);
// this file lists what Medusa loads, in order. Secrets never fall back to a default in production.
const env = readConfigEnv()
const { redisUrl, workerMode, jwtSecret, storeCors, adminCors } = env

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
    ...infrastructureModules(env),
    // rate limits, sign-in lockouts and single-use claims, shared by every instance through Redis
    // (this process's memory without REDIS_URL); the numbers stay with the module whose rule it is
    { resolve: "./src/modules/counters", options: { redisUrl } },
    notificationModule(env),
    notificationLogModule(env),
    authModule(env),
    accountModule(env),
    fileModule(env),
    paymentModule(),
    paymentLogModule(),
    ticketModule(),
    chatModule(env),
    { resolve: "./src/modules/backoffice" },
    { resolve: "./src/modules/reporting" },
    invoiceModule(env),
    impersonationModule(env),
    subscriptionModule(),
    provisioningModule(env),
    { resolve: "./src/modules/help-center" },
    contentModule(env),
    webhooksModule(),
    assistantModule(env),
    regionPolicyModule(),
  ],
})
