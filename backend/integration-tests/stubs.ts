import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { SMTPServer } from "smtp-server"

/** A free-ish port chosen before the app starts (the app reads it from env). */
export function pickPort(): number {
  // below Linux's ephemeral range (32768–60999): a port there may already be the local end of
  // some outgoing connection (a stub once failed to listen on 34580 that way)
  return 20000 + Math.floor(Math.random() * 12000)
}

export type ReceivedMail = { from: string; to: string[]; raw: string }

/** A real SMTP server (npm smtp-server) that keeps what it receives. */
export class LocalSmtpServer {
  readonly received: ReceivedMail[] = []
  /** recipients refused with "550 mailbox does not exist" */
  readonly rejected = new Set<string>()
  protected server: SMTPServer | null = null

  constructor(readonly port: number) {}

  async start() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.rejected.has(address.address)) {
          const error = new Error("Mailbox does not exist") as Error & { responseCode: number }
          error.responseCode = 550
          return callback(error)
        }
        callback()
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on("data", (c: Buffer) => chunks.push(c))
        stream.on("end", () => {
          this.received.push({
            from: String(session.envelope.mailFrom && session.envelope.mailFrom.address),
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString("utf8"),
          })
          callback()
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject)
      this.server!.listen(this.port, "127.0.0.1", () => resolve())
    })
  }

  async stop() {
    if (this.server) {
      await new Promise<void>((resolve) => this.server!.close(() => resolve()))
      this.server = null
    }
  }
}

export type StubRequest = { method: string; path: string; headers: IncomingMessage["headers"]; body: string }

/** An HTTP server answering with `handler`, recording every request. */
export async function startHttpStub(
  port: number,
  handler: (req: StubRequest) => { status: number; headers?: Record<string, string>; body?: unknown }
): Promise<{ server: Server; requests: StubRequest[]; url: string }> {
  const requests: StubRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const recorded = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") }
      requests.push(recorded)
      const answer = handler(recorded)
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers })
      res.end(answer.body === undefined ? "" : JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()))
  return { server, requests, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

// Shared by the payment gateway stubs (paypal-stub.ts, razorpay-stub.ts).

export type StubAnswer = { status: number; headers?: Record<string, string>; body?: unknown }

/** A gateway-looking id: `prefix` and 16 random hex digits. */
export function stubId(prefix: string) {
  return `${prefix}${randomBytes(8).toString("hex").toUpperCase()}`
}
