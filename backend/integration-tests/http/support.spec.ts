import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BACKOFFICE_MODULE } from "../../src/modules/backoffice"
import { adminHeaders, seedStore, statusOf, type StoreContext } from "../helpers"

jest.setTimeout(300 * 1000)

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: Headers
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    const support = async (asOf?: string) =>
      (await api.get(`/store/support${asOf ? `?as_of=${encodeURIComponent(asOf)}` : ""}`, ctx.storeHeaders)).data.support

    describe("GET /store/support", () => {
      it("answers the default hours (Monday to Friday, 08:00–20:00 UTC) until an admin saves a profile", async () => {
        const data = await support("2026-12-07T10:00:00Z") // a Monday
        expect(data).toMatchObject({
          display_name: null,
          avatar_url: null,
          hours: { timezone: "UTC", days: [1, 2, 3, 4, 5], opens_at: "08:00", closes_at: "20:00", text: "Monday to Friday, 08:00–20:00 UTC" },
          open: true,
          as_of: "2026-12-07T10:00:00.000Z",
        })
        expect((await support("2026-12-05T10:00:00Z")).open).toBe(false) // a Saturday
        expect((await support("2026-12-07T20:00:00Z")).open).toBe(false) // closes at 20:00
        expect((await support("2026-12-07T07:59:00Z")).open).toBe(false)
      })

      it("is open or closed by as_of in the profile's time zone", async () => {
        await api.post(
          "/admin/support-profile",
          { timezone: "America/New_York", days: [6], opens_at: "09:00", closes_at: "17:00" },
          admin
        )
        // Saturday 5 December 2026: 09:00 in New York is 14:00 UTC
        expect((await support("2026-12-05T14:30:00Z")).open).toBe(true)
        expect((await support("2026-12-05T13:30:00Z")).open).toBe(false)
        // Saturday 23:00 UTC is still Saturday 18:00 in New York: closed by the hour, not the day
        expect((await support("2026-12-05T21:59:00Z")).open).toBe(true)
        expect((await support("2026-12-05T22:00:00Z")).open).toBe(false)
        expect((await support("2026-12-05T14:30:00Z")).hours.text).toBe("Saturday, 09:00–17:00 America/New_York")
        // without as_of: now
        const now = await support()
        expect(Math.abs(new Date(now.as_of).getTime() - Date.now())).toBeLessThan(60_000)
      })

      it("needs the publishable key and refuses a bad as_of with 400", async () => {
        expect(await statusOf(api.get("/store/support?as_of=tomorrow", ctx.storeHeaders))).toBe(400)
        expect(await statusOf(api.get("/store/support?other=1", ctx.storeHeaders))).toBe(400)
        expect(await statusOf(api.get("/store/support"))).toBe(400)
      })
    })

    describe("GET/POST /admin/support-profile", () => {
      it("makes one profile from parallel first saves", async () => {
        const saves = ["Sam", "Kim", "Lee", "Max"].map((display_name) =>
          api.post("/admin/support-profile", { display_name }, admin).then((r) => r.status, (e) => e.response?.status)
        )
        expect(await Promise.all(saves)).toEqual([200, 200, 200, 200])
        const backoffice = getContainer().resolve(BACKOFFICE_MODULE) as { listSupportProfiles: (f: object) => Promise<unknown[]> }
        expect(await backoffice.listSupportProfiles({})).toHaveLength(1)
      })

      it("saves the display name, avatar and hours customers see, and logs who changed them", async () => {
        const { data } = await api.post(
          "/admin/support-profile",
          {
            display_name: "Alex from CloudServices",
            avatar_url: "https://cdn.example.com/alex.png",
            timezone: "Europe/Berlin",
            days: [1, 2, 3, 4, 5, 6],
            opens_at: "07:30",
            closes_at: "24:00",
          },
          admin
        )
        expect(data.support_profile).toMatchObject({
          display_name: "Alex from CloudServices",
          avatar_url: "https://cdn.example.com/alex.png",
          hours: { timezone: "Europe/Berlin", text: "Monday to Saturday, 07:30–24:00 Europe/Berlin" },
        })
        // a partial save keeps the rest
        await api.post("/admin/support-profile", { display_name: "Sam" }, admin)
        const { data: read } = await api.get("/admin/support-profile", admin)
        expect(read.support_profile).toMatchObject({ display_name: "Sam", hours: { opens_at: "07:30", closes_at: "24:00" } })
        expect((await support("2026-12-05T22:30:00Z")).display_name).toBe("Sam") // Saturday 23:30 Berlin: open
        expect((await support("2026-12-05T22:30:00Z")).open).toBe(true)
        // clearing the name and picture
        await api.post("/admin/support-profile", { display_name: null, avatar_url: null }, admin)
        expect(await support()).toMatchObject({ display_name: null, avatar_url: null })
        const { data: log } = await api.get("/admin/action-logs?resource_type=support_profile", admin)
        expect(log.action_logs.length).toBeGreaterThanOrEqual(3)
      })

      it("answers bad input with 400 and changes nothing", async () => {
        const before = (await api.get("/admin/support-profile", admin)).data.support_profile
        const bad = (body: unknown) => statusOf(api.post("/admin/support-profile", body, admin))
        expect(await bad({ timezone: "Mars/Olympus" })).toBe(400)
        expect(await bad({ days: [7] })).toBe(400)
        expect(await bad({ days: [1, 1] })).toBe(400)
        expect(await bad({ days: "weekdays" })).toBe(400)
        expect(await bad({ opens_at: "8am" })).toBe(400)
        expect(await bad({ opens_at: "24:30" })).toBe(400)
        expect(await bad({ opens_at: "18:00", closes_at: "09:00" })).toBe(400)
        // against the saved closing time (24:00): opening at 24:00 is never open
        expect(await bad({ opens_at: "24:00" })).toBe(400)
        expect(await bad({ avatar_url: "javascript:alert(1)" })).toBe(400)
        expect(await bad({ display_name: "" })).toBe(400)
        expect(await bad({ colour: "blue" })).toBe(400)
        expect((await api.get("/admin/support-profile", admin)).data.support_profile).toEqual({ ...before, as_of: expect.any(String), open: expect.any(Boolean) })
        expect(await statusOf(api.get("/admin/support-profile"))).toBe(401)
        expect(await statusOf(api.post("/admin/support-profile", { display_name: "x" }))).toBe(401)
      })
    })
  },
})
