import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { permanentError } from "../../lib/provider-errors"

export type EmailTransportName = "local" | "smtp" | "sendgrid"

export type EmailProviderOptions = {
  /** transports tried in this order until one takes the message */
  transports: EmailTransportName[]
  from: string
  smtp?: { host: string; port: number; secure?: boolean; user?: string; pass?: string }
  sendgrid?: { apiKey: string; baseUrl?: string }
}

/** A file sent with the message; `content` is base64. */
type OutgoingAttachment = { filename: string; content: string; content_type?: string; disposition?: string }

type Outgoing = {
  /** `<key@sender domain>`, the same on every attempt of one message; none: the transport makes one */
  messageId?: string
  /** the caller's key for the message, stable across attempts (the notification log entry's id) */
  key?: string
  to: string
  /** where replies go (a ticket's signed reply address) */
  replyTo?: string
  /** RFC 3834 Auto-Submitted value of an automatic answer ("auto-replied"), so other robots don't answer it */
  autoSubmitted?: string
  subject: string
  html?: string | null
  text?: string | null
  attachments?: OutgoingAttachment[]
}

/** The longest one transport may take with a message, so an attempt ends well within its claim. */
const ATTEMPT_TIMEOUT_MS = 20_000

/**
 * Email for every channel "email" notification. Local (the default) keeps
 * the message in the notification log, which the admin's Mailbox shows
 * (attachments by name: the log records what was attached);
 * SMTP goes through nodemailer; SendGrid through its v3 HTTP API. Both send
 * the notification's attachments (e.g. an invoice PDF).
 *
 * Neither SMTP nor SendGrid's mail/send takes an idempotency key, so a retry
 * after a lost acknowledgement sends the message again. With the caller's key
 * (`provider_data.idempotency_key`) every attempt carries the same Message-ID,
 * `<key@domain of the from address>` (and, for SendGrid, the key as a custom
 * arg, echoed in its events), so the receiver can tell a duplicate.
 */
class EmailNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-email"
  protected readonly logger_: Logger
  protected readonly options_: EmailProviderOptions
  protected smtp_: Transporter | null = null

  static validateOptions(options: Record<string, unknown>) {
    const o = options as Partial<EmailProviderOptions>
    if (!o.transports?.length || !o.from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "notification-email needs `transports` and `from`")
    }
    if (o.transports.includes("smtp") && !o.smtp?.host) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "EMAIL_TRANSPORTS has smtp but SMTP_HOST is not set")
    }
    if (o.transports.includes("sendgrid") && !o.sendgrid?.apiKey) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "EMAIL_TRANSPORTS has sendgrid but SENDGRID_API_KEY is not set")
    }
  }

  constructor({ logger }: { logger: Logger }, options: EmailProviderOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const key = notification.provider_data?.idempotency_key
    const message: Outgoing = {
      ...(typeof key === "string" && key ? { key, messageId: messageIdFor(key, this.options_.from) } : {}),
      to: notification.to,
      ...(typeof notification.provider_data?.reply_to === "string" ? { replyTo: notification.provider_data.reply_to } : {}),
      ...(typeof notification.provider_data?.auto_submitted === "string" ? { autoSubmitted: notification.provider_data.auto_submitted } : {}),
      subject: notification.content?.subject ?? notification.template,
      html: notification.content?.html,
      text: notification.content?.text,
      attachments: (notification.attachments ?? []).map((a) => ({
        filename: a.filename,
        content: a.content,
        content_type: a.content_type,
        disposition: a.disposition,
      })),
    }
    const errors: string[] = []
    let permanent = true
    for (const transport of this.options_.transports) {
      try {
        const id = await this.sendWith(transport, message)
        return { id: `${transport}:${id}` }
      } catch (e) {
        const text = (e as Error).message
        errors.push(`${transport}: ${text}`)
        permanent = permanent && text.includes("[permanent]")
        this.logger_.warn(`Email to ${message.to} via ${transport} failed: ${text}`)
      }
    }
    const summary = errors.join("; ")
    throw permanent ? permanentError(summary) : new Error(summary)
  }

  protected async sendWith(transport: EmailTransportName, message: Outgoing): Promise<string> {
    switch (transport) {
      case "local":
        // the notification log already holds the rendered message: that is the mailbox
        return crypto.randomUUID()
      case "smtp":
        return await this.sendSmtp(message)
      case "sendgrid":
        return await this.sendSendgrid(message)
    }
  }

  protected async sendSmtp(message: Outgoing): Promise<string> {
    const smtp = this.options_.smtp!
    this.smtp_ ??= nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: !!smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? "" } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: ATTEMPT_TIMEOUT_MS,
    })
    try {
      const info = await this.smtp_.sendMail({
        messageId: message.messageId,
        // nodemailer resolves on the server's acknowledgement of DATA, without waiting for QUIT
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
        from: this.options_.from,
        to: message.to,
        replyTo: message.replyTo,
        ...(message.autoSubmitted ? { headers: { "Auto-Submitted": message.autoSubmitted } } : {}),
        subject: message.subject,
        html: message.html ?? undefined,
        text: message.text ?? undefined,
        attachments: message.attachments?.map((a) => ({
          filename: a.filename,
          content: Buffer.from(a.content, "base64"),
          contentType: a.content_type,
          contentDisposition: a.disposition === "inline" ? ("inline" as const) : ("attachment" as const),
        })),
      })
      return info.messageId
    } catch (e) {
      const err = e as Error & { responseCode?: number }
      // 5xx: the server refused this message for good; anything else may pass later
      if (err.responseCode && err.responseCode >= 500) {
        throw permanentError(`SMTP ${err.responseCode}: ${err.message}`)
      }
      throw new Error(`SMTP: ${err.message}`)
    }
  }

  protected async sendSendgrid(message: Outgoing): Promise<string> {
    const { apiKey, baseUrl = "https://api.sendgrid.com" } = this.options_.sendgrid!
    const from = parseAddress(this.options_.from)
    const content = [
      message.text ? { type: "text/plain", value: message.text } : null,
      message.html ? { type: "text/html", value: message.html } : null,
    ].filter(Boolean)
    const res = await fetch(new URL("/v3/mail/send", baseUrl), {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({
        personalizations: [{ to: [{ email: message.to }] }],
        from,
        ...(message.replyTo ? { reply_to: { email: message.replyTo } } : {}),
        subject: message.subject,
        content,
        ...(message.messageId || message.autoSubmitted
          ? {
              headers: {
                ...(message.messageId ? { "Message-ID": message.messageId } : {}),
                ...(message.autoSubmitted ? { "Auto-Submitted": message.autoSubmitted } : {}),
              },
            }
          : {}),
        ...(message.messageId ? { custom_args: { idempotency_key: message.key } } : {}),
        ...(message.attachments?.length
          ? {
              attachments: message.attachments.map((a) => ({
                content: a.content,
                filename: a.filename,
                type: a.content_type,
                disposition: a.disposition ?? "attachment",
              })),
            }
          : {}),
      }),
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    })
    if (res.status === 202 || res.ok) {
      return res.headers.get("x-message-id") ?? crypto.randomUUID()
    }
    const body = await res.text().catch(() => "")
    const detail = `SendGrid ${res.status}: ${body.slice(0, 300)}`
    throw res.status >= 400 && res.status < 500 && res.status !== 429
      ? permanentError(detail)
      : new Error(detail)
  }
}

/** `<key@domain of the from address>`: a Message-ID derived from the message's stable key. */
export function messageIdFor(key: string, from: string): string {
  const domain = parseAddress(from).email.split("@").pop() || "localhost"
  return `<${key.replace(/[^A-Za-z0-9_.-]/g, "-")}@${domain}>`
}

/** "CloudServices <no-reply@x>" → { email, name } */
function parseAddress(value: string): { email: string; name?: string } {
  const match = value.match(/^\s*(.*?)\s*<([^>]+)>\s*$/)
  return match ? { name: match[1] || undefined, email: match[2] } : { email: value.trim() }
}

export default EmailNotificationProviderService
