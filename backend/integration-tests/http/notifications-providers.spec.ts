import { generateKeyPairSync, sign } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import twilio from "twilio"
import { deliverDueNotificationsWorkflow } from "../../src/workflows/notification"
import {
  adminHeaders,
  crashAfterProviderAck,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
} from "../helpers"
import { pickPort, startHttpStub, type StubRequest } from "../stubs"

jest.setTimeout(120 * 1000)

const SENDGRID_PORT = pickPort()
const TWILIO_PORT = pickPort()
const TWILIO_SID = "AC00000000000000000000000000000001"
const TWILIO_TOKEN = "twilio-test-auth-token"
const CALLBACK_URL = "http://localhost:9000/hooks/notifications/twilio"
const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" })

// Real adapters against local stub servers that speak SendGrid's and
// Twilio's HTTP APIs. Set before the app reads medusa-config.ts.
Object.assign(process.env, {
  EMAIL_TRANSPORTS: "sendgrid",
  SENDGRID_API_KEY: "SG.test-key",
  SENDGRID_API_BASE: `http://127.0.0.1:${SENDGRID_PORT}`,
  SENDGRID_WEBHOOK_PUBLIC_KEY: publicKey.export({ format: "der", type: "spki" }).toString("base64"),
  EMAIL_FROM: "CloudServices <no-reply@cloudservices.test>",
  SMS_TRANSPORT: "twilio",
  TWILIO_ACCOUNT_SID: TWILIO_SID,
  TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
  TWILIO_FROM: "+15005550006",
  TWILIO_API_BASE: `http://127.0.0.1:${TWILIO_PORT}`,
  MEDUSA_BACKEND_URL: "http://localhost:9000",
})

let messageCounter = 0

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    let sendgrid: Awaited<ReturnType<typeof startHttpStub>>
    let twilioStub: Awaited<ReturnType<typeof startHttpStub>>
    let sendgridFailure: number | null = null

    beforeAll(async () => {
      sendgrid = await startHttpStub(SENDGRID_PORT, (req: StubRequest) => {
        if (req.headers.authorization !== "Bearer SG.test-key") {
          return { status: 401, body: { errors: [{ message: "authorization required" }] } }
        }
        if (sendgridFailure) {
          return { status: sendgridFailure, body: { errors: [{ message: "rejected by stub" }] } }
        }
        messageCounter += 1
        return { status: 202, headers: { "x-message-id": `sgmsg${messageCounter}` } }
      })
      twilioStub = await startHttpStub(TWILIO_PORT, (req: StubRequest) => {
        const expected = `Basic ${Buffer.from(`${TWILIO_SID}:${TWILIO_TOKEN}`).toString("base64")}`
        if (req.headers.authorization !== expected) {
          return { status: 401, body: { code: 20003, message: "Authenticate", status: 401 } }
        }
        const form = new URLSearchParams(req.body)
        if (!form.get("To")?.startsWith("+")) {
          return { status: 400, body: { code: 21211, message: "Invalid 'To' Phone Number", status: 400 } }
        }
        messageCounter += 1
        return {
          status: 201,
          body: { sid: `SM${String(messageCounter).padStart(32, "0")}`, status: "queued", to: form.get("To"), body: form.get("Body") },
        }
      })
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })
    afterAll(async () => {
      await new Promise((r) => sendgrid.server.close(r))
      await new Promise((r) => twilioStub.server.close(r))
    })

    async function settle(id: string) {
      for (let i = 0; i < 100; i++) {
        const { data } = await api.get(`/admin/notification-logs/${id}`, admin)
        if (!["queued", "sending"].includes(data.notification_log.status) || data.notification_log.attempts > 0 && data.notification_log.status === "queued") {
          return data.notification_log
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`log ${id} did not settle`)
    }

    async function customerWithPhone() {
      const shopper = await registerCustomer(api, ctx)
      await api.post("/store/customers/me", { phone: "+353851234567" }, shopper.headers)
      const { data } = await api.get("/store/customers/me", shopper.headers)
      return { shopper, customer: data.customer }
    }

    describe("SendGrid adapter", () => {
      it("posts the message to SendGrid's v3 API with the API key and records its message id", async () => {
        const { customer } = await customerWithPhone()
        const before = sendgrid.requests.length
        const { data } = await api.post(
          "/admin/notifications/email",
          { customer_id: customer.id, subject: "Hello from SendGrid", body: "Body text" },
          admin
        )
        const log = await settle(data.notification_log.id)
        expect(log).toMatchObject({ status: "sent", provider: "sendgrid" })
        expect(log.provider_message_id).toMatch(/^sgmsg\d+$/)
        const sent = sendgrid.requests.slice(before).find((r) => r.body.includes("Hello from SendGrid"))!
        expect(sent.method).toBe("POST")
        expect(sent.path).toBe("/v3/mail/send")
        const payload = JSON.parse(sent.body)
        expect(payload.personalizations[0].to[0].email).toBe(customer.email)
        expect(payload.from).toEqual({ email: "no-reply@cloudservices.test", name: "CloudServices" })
        expect(payload.content.map((c: any) => c.type)).toEqual(["text/plain", "text/html"])
      })

      it("sends a retry after a crash in the acknowledgement window with the same Message-ID and key", async () => {
        const { customer } = await customerWithPhone()
        const { data } = await api.post(
          "/admin/notifications/email",
          { customer_id: customer.id, subject: "SendGrid ack window", body: "At least once." },
          admin
        )
        const id = data.notification_log.id
        await settle(id)
        // SendGrid took it; the worker died before recording that. Its API has no idempotency key: it goes again
        await crashAfterProviderAck(getContainer(), id)
        await deliverDueNotificationsWorkflow(getContainer()).run({ input: { asOf: new Date() } })
        expect(await settle(id)).toMatchObject({ status: "sent", attempts: 2 })

        const posts = sendgrid.requests.filter((r) => r.body.includes("SendGrid ack window")).map((r) => JSON.parse(r.body))
        expect(posts).toHaveLength(2)
        for (const payload of posts) {
          expect(payload.headers).toEqual({ "Message-ID": `<${id}@cloudservices.test>` })
          expect(payload.custom_args).toEqual({ idempotency_key: id })
        }
      })

      it("fails for good on a 4xx answer, keeps retrying on a 5xx", async () => {
        const { customer } = await customerWithPhone()
        sendgridFailure = 400
        try {
          const { data } = await api.post("/admin/notifications/email", { customer_id: customer.id, subject: "Bad", body: "x" }, admin)
          expect(await settle(data.notification_log.id)).toMatchObject({ status: "failed", attempts: 1 })
          sendgridFailure = 503
          const { data: again } = await api.post("/admin/notifications/email", { customer_id: customer.id, subject: "Later", body: "x" }, admin)
          const log = await settle(again.notification_log.id)
          expect(log).toMatchObject({ status: "queued", attempts: 1 })
          expect(log.error).toMatch(/SendGrid 503/)
        } finally {
          sendgridFailure = null
        }
      })

      it("takes signed delivery events and refuses forged ones", async () => {
        const { customer } = await customerWithPhone()
        const { data } = await api.post("/admin/notifications/email", { customer_id: customer.id, subject: "Track me", body: "x" }, admin)
        const log = await settle(data.notification_log.id)
        const body = JSON.stringify([
          { event: "processed", sg_message_id: `${log.provider_message_id}.filter0001.1`, timestamp: 1795000000 },
          { event: "delivered", sg_message_id: `${log.provider_message_id}.filter0001.1`, timestamp: 1795000001 },
        ])
        const timestamp = String(Math.floor(Date.now() / 1000))
        const signature = sign("sha256", Buffer.from(timestamp + body), privateKey).toString("base64")
        const post = (sig: string, payload = body) =>
          api.post("/hooks/notifications/sendgrid", payload, {
            headers: {
              "content-type": "application/json",
              "x-twilio-email-event-webhook-signature": sig,
              "x-twilio-email-event-webhook-timestamp": timestamp,
            },
            transformRequest: [(d: unknown) => d],
          })

        const forgedBody = body.replace("delivered", "bounce")
        expect(await statusOf(post(signature, forgedBody))).toBe(401)
        expect(await statusOf(post("MEUCIQDforged"))).toBe(401)
        expect((await api.get(`/admin/notification-logs/${log.id}`, admin)).data.notification_log.status).toBe("sent")

        expect(await statusOf(post(signature))).toBe(200)
        expect(await statusOf(post(signature))).toBe(200) // replay changes nothing
        const { data: after } = await api.get(`/admin/notification-logs/${log.id}`, admin)
        expect(after.notification_log.status).toBe("delivered")
      })
    })

    describe("Twilio adapter", () => {
      it("sends through Twilio's Messages API with basic auth and a status callback", async () => {
        const { customer } = await customerWithPhone()
        const before = twilioStub.requests.length
        const { data } = await api.post("/admin/notifications/sms", { customer_id: customer.id, body: "Your server is up" }, admin)
        const log = await settle(data.notification_log.id)
        expect(log).toMatchObject({ status: "sent", provider: "twilio", to: "+353851234567" })
        expect(log.provider_message_id).toMatch(/^SM\d{32}$/)
        const sent = twilioStub.requests.slice(before)[0]
        expect(sent.path).toBe(`/2010-04-01/Accounts/${TWILIO_SID}/Messages.json`)
        const form = new URLSearchParams(sent.body)
        expect(form.get("To")).toBe("+353851234567")
        expect(form.get("From")).toBe("+15005550006")
        expect(form.get("Body")).toContain("Your server is up")
        expect(form.get("StatusCallback")).toBe(CALLBACK_URL)
      })

      it("sends every attempt of one message with the same idempotency token", async () => {
        const { customer } = await customerWithPhone()
        const { data } = await api.post("/admin/notifications/sms", { customer_id: customer.id, body: "Twilio ack window" }, admin)
        const id = data.notification_log.id
        await settle(id)
        await crashAfterProviderAck(getContainer(), id)
        await deliverDueNotificationsWorkflow(getContainer()).run({ input: { asOf: new Date() } })
        expect(await settle(id)).toMatchObject({ status: "sent", attempts: 2 })

        const posts = twilioStub.requests.filter((r) => new URLSearchParams(r.body).get("Body")?.includes("Twilio ack window"))
        expect(posts).toHaveLength(2)
        expect(posts.map((r) => r.headers["i-twilio-idempotency-token"])).toEqual([id, id])
      })

      it("updates the status from a signed callback, refuses a forged one, ignores replays", async () => {
        const { customer } = await customerWithPhone()
        const { data } = await api.post("/admin/notifications/sms", { customer_id: customer.id, body: "Track SMS" }, admin)
        const log = await settle(data.notification_log.id)
        const params = { MessageSid: log.provider_message_id, MessageStatus: "delivered", AccountSid: TWILIO_SID }
        const signature = twilio.getExpectedTwilioSignature(TWILIO_TOKEN, CALLBACK_URL, params)
        const post = (sig: string, p: Record<string, string>) =>
          api.post("/hooks/notifications/twilio", new URLSearchParams(p).toString(), {
            headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": sig },
          })

        expect(await statusOf(post(signature, { ...params, MessageStatus: "undelivered" }))).toBe(401)
        expect(await statusOf(post("forged", params))).toBe(401)
        expect((await api.get(`/admin/notification-logs/${log.id}`, admin)).data.notification_log.status).toBe("sent")

        expect(await statusOf(post(signature, params))).toBe(200)
        const { data: first } = await api.get(`/admin/notification-logs/${log.id}`, admin)
        expect(first.notification_log.status).toBe("delivered")
        // the same callback again (Twilio retries) changes nothing
        expect(await statusOf(post(signature, params))).toBe(200)
        const { data: after } = await api.get(`/admin/notification-logs/${log.id}`, admin)
        expect(after.notification_log).toMatchObject({ status: "delivered", delivered_at: first.notification_log.delivered_at })
      })
    })
  },
})
