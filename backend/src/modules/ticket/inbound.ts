import { createHmac, timingSafeEqual } from "node:crypto"
import type { Logger } from "@medusajs/framework/types"
import type { HeaderValue } from "mailparser"

/** Replies by email: the signed Reply-To address of a ticket's emails, and the local SMTP twin of SendGrid's Inbound Parse. */
export type TicketInboundOptions = {
  /** signs reply addresses and authenticates POST /hooks/email/inbound (EMAIL_INBOUND_SECRET); unset = replies by email off */
  secret?: string
  /** the domain whose mail is delivered to the inbound hook (EMAIL_INBOUND_DOMAIN) */
  domain?: string
  /** our own addresses (EMAIL_FROM…): a refused reply from one of them is never bounced (no mail loops) */
  ownAddresses?: string[]
  /** a local SMTP listener feeding the same workflow (EMAIL_INBOUND_SMTP_PORT; 0 = any free port) */
  smtpPort?: number
  smtpHost?: string
}

/** What an inbound email says, whichever way it came in (HTTP hook or SMTP twin). */
export type InboundEmail = {
  /** the From header (or the envelope sender) */
  from: string
  /** every recipient the email names (To, Cc, envelope) */
  to: string[]
  subject?: string | null
  text?: string | null
  html?: string | null
  /** the email's Message-ID: a second delivery of the same email adds nothing */
  message_id?: string | null
  /** the envelope sender (MAIL FROM); "" is the null sender of bounces */
  envelope_from?: string | null
  /** the header that marks a machine-sent email (Auto-Submitted, Precedence, X-Autoreply…) as "name: value", or null */
  automated?: string | null
}

export const TICKET_EMAIL_RECEIVED_EVENT = "ticket.email_received"

const TOKEN_LENGTH = 20
const LOCAL_PART = /^support\+(tkt-\d+)\.([0-9a-f]+)$/i

/** Lower-case hex HMAC of the ticket number: mail servers may change the case of the local part. */
export function replyToken(secret: string, number: string): string {
  return createHmac("sha256", secret).update(`ticket-reply:${number.toUpperCase()}`).digest("hex").slice(0, TOKEN_LENGTH)
}

/** `support+TKT-100045.<token>@<domain>`. */
export function replyAddress(options: TicketInboundOptions, number: string): string | null {
  if (!options.secret || !options.domain) {
    return null
  }
  return `support+${number}.${replyToken(options.secret, number)}@${options.domain}`
}

/** The bare addresses of a header value like `"Ada" <ada@example.com>, bob@example.com`. */
export function emailAddresses(value: string | null | undefined): string[] {
  return Array.from((value ?? "").matchAll(/[^\s<>,;"']+@[^\s<>,;"']+/g), (m) => m[0].toLowerCase())
}

/**
 * The ticket number a correctly signed reply address among `recipients` names
 * (on the configured domain), or null. Timing-safe token comparison.
 */
export function ticketNumberFromRecipients(options: TicketInboundOptions, recipients: string[]): string | null {
  if (!options.secret || !options.domain) {
    return null
  }
  for (const address of recipients.flatMap((r) => emailAddresses(r))) {
    const [local, domain] = [address.slice(0, address.lastIndexOf("@")), address.slice(address.lastIndexOf("@") + 1)]
    const match = LOCAL_PART.exec(local)
    if (!match || domain !== options.domain.toLowerCase()) {
      continue
    }
    const number = match[1].toUpperCase()
    const expected = Buffer.from(replyToken(options.secret, number))
    const given = Buffer.from(match[2].toLowerCase())
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      return number
    }
  }
  return null
}

/** Timing-safe check of the hook's key (`?key=` or the HTTP Basic password) against the secret. */
export function isInboundKey(options: TicketInboundOptions, key: string | null | undefined): boolean {
  if (!options.secret || !key) {
    return false
  }
  const a = createHmac("sha256", "inbound-key").update(key).digest()
  const b = createHmac("sha256", "inbound-key").update(options.secret).digest()
  return timingSafeEqual(a, b)
}

/**
 * Whether headers mark an email as machine-sent (RFC 3834 Auto-Submitted other
 * than "no", Precedence bulk/junk/list/auto_reply, X-Autoreply,
 * X-Autorespond, X-Auto-Response-Suppress): the header found, or null.
 */
export function automatedHeader(headers: Record<string, string | null | undefined>): string | null {
  const value = (name: string) => (headers[name] ?? "").toString().trim().toLowerCase()
  if (value("auto-submitted") && value("auto-submitted") !== "no") {
    return `auto-submitted: ${value("auto-submitted")}`
  }
  if (/^(bulk|junk|list|auto_reply)$/.test(value("precedence"))) {
    return `precedence: ${value("precedence")}`
  }
  for (const name of ["x-autoreply", "x-autorespond", "x-auto-response-suppress"]) {
    if (value(name)) {
      return `${name}: ${value(name)}`
    }
  }
  return null
}

/** The headers of a raw header block (SendGrid's `headers` field), names lower-cased, folded lines joined. */
export function parseHeaderBlock(block: string | null | undefined): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const line of (block ?? "").replace(/\r\n?/g, "\n").replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":")
    if (colon > 0) {
      const name = line.slice(0, colon).trim().toLowerCase()
      headers[name] ??= line.slice(colon + 1).trim()
    }
  }
  return headers
}

const SYSTEM_SENDER = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+.-]|$)/i

/**
 * Where to tell the sender their reply was refused, or null when telling
 * would risk a mail loop: no sender, the null envelope sender of a bounce, an
 * auto-reply or bulk mail, a mailer daemon or no-reply address, or one of our
 * own addresses (the inbound domain, EMAIL_FROM).
 */
export function bounceAddress(options: TicketInboundOptions, email: InboundEmail): string | null {
  const sender = emailAddresses(email.from)[0]
  if (!sender || email.envelope_from === "" || email.automated) {
    return null
  }
  const [local, domain] = [sender.slice(0, sender.lastIndexOf("@")), sender.slice(sender.lastIndexOf("@") + 1)]
  const own = (options.ownAddresses ?? []).flatMap((a) => emailAddresses(a))
  if (SYSTEM_SENDER.test(local) || own.includes(sender) || (options.domain && domain === options.domain.toLowerCase())) {
    return null
  }
  return sender
}

/**
 * The new part of a reply: everything before the quoted original ("On … wrote:",
 * "-----Original Message-----", an Outlook "From:" block, "> " lines) and the
 * signature ("-- "). Lines starting with ">" are dropped wherever they are.
 */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n")
  const kept: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const twoLines = `${line} ${lines[i + 1] ?? ""}`.trim()
    if (
      /^On\b.*\bwrote:\s*$/i.test(line.trim()) ||
      (/^On\b/i.test(line.trim()) && /\bwrote:\s*$/i.test(twoLines) && !/wrote:/i.test(line)) ||
      /^-{2,}\s*Original Message\s*-{2,}$/i.test(line.trim()) ||
      /^_{10,}$/.test(line.trim()) ||
      /^-- ?$/.test(line) ||
      (/^From:\s/i.test(line) && kept.length > 0 && kept[kept.length - 1].trim() === "")
    ) {
      break
    }
    if (/^\s*>/.test(line)) {
      continue
    }
    kept.push(line)
  }
  return kept.join("\n").replace(/\s+$/, "").replace(/^\s*\n/, "")
}

/** Plain text of an HTML body, for emails that have no text part. */
export function htmlToText(html: string): string {
  return html
    .replace(/<blockquote[\s\S]*?<\/blockquote>/gi, "")
    .replace(/<(br|\/p|\/div)\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
}

/** A parsed header's main value (structured and address headers carry one), else undefined. */
function mainValue(v: HeaderValue): unknown {
  return typeof v === "object" && v !== null && "value" in v ? v.value : undefined
}

type SmtpServerLike = { listen(port: number, host: string, cb: () => void): unknown; close(cb: () => void): void; server: { address(): unknown } }

/**
 * The local twin of SendGrid's Inbound Parse: an SMTP listener that takes mail
 * only for correctly signed reply addresses (anything else is refused at RCPT
 * TO), parses it and hands it to `deliver` (the module emits
 * ticket.email_received, whose subscriber runs the same workflow as the hook).
 */
export async function startInboundSmtp(
  options: TicketInboundOptions,
  logger: Logger,
  deliver: (email: InboundEmail) => Promise<void>
): Promise<{ port: number; close: () => Promise<void> }> {
  const { SMTPServer } = await import("smtp-server")
  const { simpleParser } = await import("mailparser")
  const server: SmtpServerLike = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    banner: "CloudServices inbound",
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (!ticketNumberFromRecipients(options, [address.address])) {
        return callback(Object.assign(new Error("No such mailbox"), { responseCode: 550 }))
      }
      callback()
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          const headerAddresses = [mail.to, mail.cc]
            .flatMap((a) => (Array.isArray(a) ? a : a ? [a] : []))
            .map((a) => a.text)
          await deliver({
            from: mail.from?.text || (session.envelope.mailFrom ? session.envelope.mailFrom.address : ""),
            to: [...session.envelope.rcptTo.map((r) => r.address), ...headerAddresses],
            subject: mail.subject ?? null,
            text: mail.text ?? null,
            html: typeof mail.html === "string" ? mail.html : null,
            message_id: mail.messageId ?? null,
            envelope_from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            automated: automatedHeader(
              Object.fromEntries([...mail.headers.entries()].map(([k, v]) => [k, typeof v === "string" ? v : String(mainValue(v) ?? v ?? "")]))
            ),
          })
          callback()
        })
        .catch((e: Error) => {
          logger.error(`Inbound email not taken: ${e.message}`)
          callback(Object.assign(new Error("Try again later"), { responseCode: 451 }))
        })
    },
  })
  await new Promise<void>((resolve) => server.listen(options.smtpPort ?? 0, options.smtpHost ?? "127.0.0.1", resolve))
  const port = (server.server.address() as { port: number }).port
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
