import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { postJson } from "../../src/modules/webhooks/transport"
import { checkWebhookUrl, publicOnlyLookup } from "../../src/modules/webhooks/url-policy"
import { errorOf, statusOf } from "../helpers"
import { setupWebhooksSpec } from "../webhooks-setup"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api } = runner
    const s = setupWebhooksSpec(runner)
    const { receiver, addEndpoint } = s
    let admin: { headers: Record<string, string> }
    const refresh = () => ({ admin } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

    describe("POST /admin/webhook-endpoints", () => {
      it("answers 401 to anyone but an admin", async () => {
        expect(await statusOf(api.get("/admin/webhook-endpoints"))).toBe(401)
        expect(await statusOf(api.post("/admin/webhook-endpoints", { url: receiver.url("/x"), events: ["*"] }))).toBe(401)
        expect(await statusOf(api.post("/admin/webhook-deliveries/whdel_x/retry", {}))).toBe(401)
      })

      it("refuses bad bodies with 400 and creates nothing", async () => {
        const before = (await api.get("/admin/webhook-endpoints", admin)).data.count
        const bad = [
          {},
          { events: ["*"] },
          { url: receiver.url("/x") },
          { url: receiver.url("/x"), events: [] },
          { url: receiver.url("/x"), events: "*" },
          { url: receiver.url("/x"), events: ["order.exploded"] },
          { url: receiver.url("/x"), events: ["nothing.*"] },
          { url: "ftp://example.com/hook", events: ["*"] },
          { url: "not a url", events: ["*"] },
          { url: receiver.url("/x"), events: ["*"], secret: "whsec_mine" },
          { url: receiver.url("/x"), events: ["*"], enabled: false, extra: 1 },
        ]
        for (const body of bad) {
          const { status } = await errorOf(api.post("/admin/webhook-endpoints", body, admin))
          expect({ body, status }).toEqual({ body, status: 400 })
        }
        expect((await api.get("/admin/webhook-endpoints", admin)).data.count).toBe(before)

        const endpoint = await addEndpoint("/bad-updates", ["*"])
        for (const body of [{ enabled: "yes" }, { events: ["order.nope"] }, { url: "gopher://x" }, { secret: "x" }]) {
          const { status } = await errorOf(api.post(`/admin/webhook-endpoints/${endpoint.id}`, body, admin))
          expect({ body, status }).toEqual({ body, status: 400 })
        }
        expect(await statusOf(api.post("/admin/webhook-endpoints/whep_missing", { enabled: false }, admin))).toBe(404)
        expect(await statusOf(api.delete("/admin/webhook-endpoints/whep_missing", admin))).toBe(404)
        await api.delete(`/admin/webhook-endpoints/${endpoint.id}`, admin)
      })

      it("shows the whsec_ secret once, in the create answer, and never in what GET answers", async () => {
        const endpoint = await addEndpoint("/secret", ["order.placed", "subscription.*"], "CRM sync")
        expect(endpoint).toMatchObject({
          id: expect.stringMatching(/^whep_/),
          url: receiver.url("/secret"),
          events: ["order.placed", "subscription.*"],
          enabled: true,
          secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/=]{40,}$/),
        })
        const reads = [
          api.get("/admin/webhook-endpoints", admin),
          api.get(`/admin/webhook-endpoints/${endpoint.id}`, admin),
          api.get(`/admin/webhook-endpoints/${endpoint.id}?fields=secret`, admin),
          api.get(`/admin/webhook-endpoints/${endpoint.id}?fields=%2Bsecret`, admin),
          api.get(`/admin/webhook-endpoints/${endpoint.id}?fields=*`, admin),
          api.get("/admin/webhook-endpoints?fields=id,url,secret", admin),
          api.post(`/admin/webhook-endpoints/${endpoint.id}`, { description: "CRM" }, admin),
        ]
        for (const read of reads) {
          const answer = await read.catch((e: any) => e.response)
          expect(JSON.stringify(answer.data)).not.toContain(endpoint.secret)
          expect(JSON.stringify(answer.data)).not.toContain('"secret"')
        }
        const { data } = await api.get(`/admin/webhook-endpoints/${endpoint.id}`, admin)
        expect(data.webhook_endpoint).toMatchObject({ id: endpoint.id, description: "CRM", enabled: true })
        await api.delete(`/admin/webhook-endpoints/${endpoint.id}`, admin)
      })

      it("refuses private, loopback and link-local URLs unless WEBHOOK_ALLOW_PRIVATE=true", async () => {
        const refused = [
          "http://127.0.0.1:9000/hook",
          "http://localhost:3000/hook",
          "http://api.localhost/hook",
          "http://10.1.2.3/hook",
          "http://192.168.1.10/hook",
          "http://172.20.0.5/hook",
          "http://169.254.169.254/latest/meta-data",
          "http://100.64.0.1/hook",
          "http://0.0.0.0/hook",
          "http://2130706433/hook",
          "http://[::1]/hook",
          "http://[fd00::1]/hook",
          "http://[fe80::1]/hook",
          "http://[::ffff:127.0.0.1]/hook",
          // by DNS: a public-looking name that resolves inside the network
          "https://internal.example.test/hook",
          "https://split.example.test/hook",
          "https://nowhere.example.test/hook",
        ]
        const dns: Record<string, string[]> = {
          "internal.example.test": ["10.0.0.7"],
          "split.example.test": ["93.184.215.14", "127.0.0.1"],
          "hooks.example.test": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
        }
        const lookup = async (host: string) => (dns[host] ?? []).map((address) => ({ address }))
        for (const url of refused) {
          const error = await checkWebhookUrl(url, { allowPrivate: false, lookup }).then(
            () => null,
            (e) => e
          )
          expect({ url, type: error?.type }).toEqual({ url, type: "invalid_data" })
        }
        await expect(checkWebhookUrl("https://hooks.example.test/cloud", { allowPrivate: false, lookup })).resolves.toBeUndefined()
        await expect(checkWebhookUrl("https://93.184.215.14/cloud", { allowPrivate: false, lookup })).resolves.toBeUndefined()
        await expect(checkWebhookUrl("http://127.0.0.1:9000/hook", { allowPrivate: true, lookup })).resolves.toBeUndefined()
        await expect(checkWebhookUrl("ftp://example.com/", { allowPrivate: true, lookup })).rejects.toMatchObject({
          type: "invalid_data",
        })

        // and at send time: a host that resolves inside the network is never connected to
        const before = receiver.hits.length
        const sent = await postJson(receiver.url("/never"), "{}", {}, { timeoutMs: 2000, allowPrivate: false, maxBodyChars: 100 })
        expect(sent).toMatchObject({ status: null, error: expect.stringMatching(/private address/) })
        const byName = await postJson(receiver.url("/never").replace("127.0.0.1", "localhost"), "{}", {}, {
          timeoutMs: 2000,
          allowPrivate: false,
          maxBodyChars: 100,
        })
        expect(byName).toMatchObject({ status: null, error: expect.stringMatching(/private address/) })
        expect(receiver.hits.length).toBe(before)
        expect(typeof publicOnlyLookup).toBe("function")
      })
    })
  },
})
