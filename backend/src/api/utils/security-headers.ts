import type { IncomingMessage, ServerResponse } from "node:http"
import { createRequire } from "node:module"
import type { TLSSocket } from "node:tls"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fromTrustedProxy } from "../../lib/client-address"
import { CHAT_MODULE } from "../../modules/chat/constants"
import type ChatModuleService from "../../modules/chat/service"

/** API answers are data, never a page: nothing loads, nothing frames them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
export const HSTS = "max-age=31536000"

/**
 * The admin dashboard (Medusa's Vite build under /app): its own scripts and
 * styles (the UI kit injects inline styles), images from anywhere over https
 * (product images, flags), fonts bundled, API calls to itself, to the
 * dashboard's backend when it is hosted elsewhere and to the chat's socket
 * server (its own port).
 */
function dashboardCsp(connect: string[]) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src ${["'self'", ...connect].join(" ")}`,
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ")
}

/** `medusa develop` serves the dashboard through Vite (inline preamble, HMR socket): only what can't break it. */
const DEV_DASHBOARD_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"

type Req = IncomingMessage & Partial<Pick<MedusaRequest, "scope" | "protocol" | "hostname" | "originalUrl">>

/** http(s) and ws(s) forms of an address's origin, for connect-src. */
function originsOf(url: string | null | undefined): string[] {
  if (!url) {
    return []
  }
  try {
    const { protocol, host } = new URL(url)
    const secure = protocol === "https:" || protocol === "wss:"
    return [`${secure ? "https" : "http"}://${host}`, `${secure ? "wss" : "ws"}://${host}`]
  } catch {
    return []
  }
}

function dashboardConnectSources(req: Req): string[] {
  const config = req.scope!.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const sources = originsOf(config.admin?.backendUrl)
  if (req.scope!.hasRegistration(CHAT_MODULE)) {
    const chats: ChatModuleService = req.scope!.resolve(CHAT_MODULE)
    sources.push(...originsOf(chats.socketUrl({ protocol: req.protocol ?? "http", hostname: req.hostname ?? "localhost" })))
  }
  return sources
}

/** Over https: TLS on this socket, or X-Forwarded-Proto from a trusted proxy. */
function servedOverHttps(req: Req): boolean {
  if ((req.socket as TLSSocket | undefined)?.encrypted) {
    return true
  }
  const proto = String(req.headers["x-forwarded-proto"] ?? "").split(",")[0].trim().toLowerCase()
  if (proto !== "https") {
    return false
  }
  return fromTrustedProxy(req)
}

/**
 * The headers every answer of the backend carries: the API (/store, /admin,
 * /auth, /hooks, and whatever else answers, 404s included) and the admin
 * dashboard. No X-Powered-By.
 */
export function applySecurityHeaders(req: Req, res: ServerResponse) {
  res.removeHeader("X-Powered-By")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("X-Frame-Options", "DENY")
  if (!req.scope) {
    // answered before Medusa's first middleware (nothing is, today)
    res.setHeader("Referrer-Policy", "no-referrer")
    res.setHeader("Content-Security-Policy", API_CSP)
    return
  }
  const adminPath = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin?.path ?? "/app"
  const path = (req.originalUrl ?? req.url ?? "/").split("?")[0]
  const dashboard = path === adminPath || path.startsWith(`${adminPath}/`)
  if (dashboard) {
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin")
    res.setHeader(
      "Content-Security-Policy",
      process.env.NODE_ENV === "development" ? DEV_DASHBOARD_CSP : dashboardCsp(dashboardConnectSources(req))
    )
  } else {
    res.setHeader("Referrer-Policy", "no-referrer")
    // a route's own policy (attachments: sandbox) stays, framing is refused either way
    const own = res.getHeader("Content-Security-Policy")
    res.setHeader(
      "Content-Security-Policy",
      typeof own === "string" && own ? (/frame-ancestors/.test(own) ? own : `${own}; frame-ancestors 'none'`) : API_CSP
    )
  }
  if (servedOverHttps(req)) {
    res.setHeader("Strict-Transport-Security", HSTS)
  }
}

const INSTALLED = Symbol.for("cloudservices.security-headers")

/**
 * Medusa mounts the admin dashboard and its own CORS, auth and
 * publishable-key middlewares ahead of every project middleware, so a
 * middleware can't reach their answers (a 401, /app). The headers are set
 * where every Express answer passes: the moment its head is written
 * (`express.response`, the prototype of every Express response; the Express
 * of Medusa's framework). Installed once, when the API's middlewares load,
 * before the server listens.
 */
export function installSecurityHeaders() {
  const express = createRequire(require.resolve("@medusajs/framework/http"))("express") as {
    response: ServerResponse & { [INSTALLED]?: boolean }
  }
  const proto = express.response
  if (proto[INSTALLED]) {
    return
  }
  const writeHead = proto.writeHead
  proto.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    if (!this.headersSent && this.req) {
      try {
        applySecurityHeaders(this.req as Req, this)
      } catch {
        // never fail an answer over its headers: the safe minimum at least
        this.removeHeader("X-Powered-By")
      }
    }
    return writeHead.apply(this, args)
  } as ServerResponse["writeHead"]
  proto[INSTALLED] = true
}
