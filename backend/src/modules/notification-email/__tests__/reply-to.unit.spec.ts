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
