import nodemailer from "nodemailer"
import EmailNotificationProviderService from "../service"

const logger = { warn: jest.fn(), info: jest.fn(), error: jest.fn() } as any
const notification = (replyTo?: string) =>
  ({
    to: "ada@example.com",
    channel: "email",
    template: "ticket_replied",
    content: { subject: "TKT-100045", text: "We replied." },
    provider_data: { idempotency_key: "ntfl_1", ...(replyTo ? { reply_to: replyTo } : {}) },
  }) as any

const REPLY_TO = "support+TKT-100045.0123456789abcdef0123@replies.example.com"

describe("Reply-To of emails", () => {
  afterEach(() => jest.restoreAllMocks())

  it("is set on SMTP messages when the notification names one, left out otherwise", async () => {
    const sendMail = jest.fn().mockResolvedValue({ messageId: "<id@x>" })
    jest.spyOn(nodemailer, "createTransport").mockReturnValue({ sendMail } as any)
    const provider = new EmailNotificationProviderService({ logger }, {
      transports: ["smtp"],
      from: "CloudServices <no-reply@example.com>",
      smtp: { host: "127.0.0.1", port: 2525 },
    } as any)
    await provider.send(notification(REPLY_TO))
    await provider.send(notification())
    expect(sendMail.mock.calls[0][0].replyTo).toBe(REPLY_TO)
    expect(sendMail.mock.calls[1][0].replyTo).toBeUndefined()
  })

  it("is SendGrid's reply_to when the notification names one", async () => {
    const fetchMock = jest.spyOn(global, "fetch").mockResolvedValue(new Response(null, { status: 202 }))
    const provider = new EmailNotificationProviderService({ logger }, {
      transports: ["sendgrid"],
      from: "CloudServices <no-reply@example.com>",
      sendgrid: { apiKey: "SG.test" },
    } as any)
    await provider.send(notification(REPLY_TO))
    await provider.send(notification())
    const bodies = fetchMock.mock.calls.map((c) => JSON.parse(String((c[1] as RequestInit).body)))
    expect(bodies[0].reply_to).toEqual({ email: REPLY_TO })
    expect(bodies[1].reply_to).toBeUndefined()
  })
})

describe("Auto-Submitted of automatic answers (a refused reply's bounce)", () => {
  afterEach(() => jest.restoreAllMocks())
  const bounce = { ...notification(), provider_data: { idempotency_key: "ntfl_2", auto_submitted: "auto-replied" } }

  it("is an SMTP header only on messages that ask for it", async () => {
    const sendMail = jest.fn().mockResolvedValue({ messageId: "<id@x>" })
    jest.spyOn(nodemailer, "createTransport").mockReturnValue({ sendMail } as any)
    const provider = new EmailNotificationProviderService({ logger }, {
      transports: ["smtp"],
      from: "CloudServices <no-reply@example.com>",
      smtp: { host: "127.0.0.1", port: 2525 },
    } as any)
    await provider.send(bounce)
    await provider.send(notification())
    expect(sendMail.mock.calls[0][0].headers).toEqual({ "Auto-Submitted": "auto-replied" })
    expect(sendMail.mock.calls[1][0].headers).toBeUndefined()
  })

  it("is a SendGrid header beside the Message-ID", async () => {
    const fetchMock = jest.spyOn(global, "fetch").mockResolvedValue(new Response(null, { status: 202 }))
    const provider = new EmailNotificationProviderService({ logger }, {
      transports: ["sendgrid"],
      from: "CloudServices <no-reply@example.com>",
      sendgrid: { apiKey: "SG.test" },
    } as any)
    await provider.send(bounce)
    await provider.send(notification())
    const bodies = fetchMock.mock.calls.map((c) => JSON.parse(String((c[1] as RequestInit).body)))
    expect(bodies[0].headers["Auto-Submitted"]).toBe("auto-replied")
    expect(bodies[0].headers["Message-ID"]).toMatch(/^<.+@example\.com>$/)
    expect(bodies[0].custom_args).toEqual({ idempotency_key: "ntfl_2" })
    expect(bodies[1].headers["Auto-Submitted"]).toBeUndefined()
  })
})
