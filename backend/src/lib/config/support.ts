import type { ConfigEnv } from "./env"

// Support: tickets (with replies by email), live chat and the assistant. Options are read from the environment (see .env.example).

export function ticketModule() {
  return {
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
  }
}

export function chatModule({ redisUrl, jwtSecret, storeCors, adminCors }: ConfigEnv) {
  return {
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
  }
}

export function assistantModule(_env: ConfigEnv) {
  return {
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
  }
}
