import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fs from "fs"
import path from "path"
import { uploadDir } from "../../src/lib/uploads"
import { adminHeaders, seedStore } from "../helpers"

jest.setTimeout(120 * 1000)

// a 1×1 PNG
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    beforeAll(async () => {
      await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    describe("POST /admin/uploads", () => {
      it("stores an admin's image in the repo's .data/uploads and serves it at its /static URL, same bytes", async () => {
        const form = new FormData()
        form.append("files", new Blob([PNG], { type: "image/png" }), "server-rack.png")
        const { data, status } = await api.post("/admin/uploads", form, admin)
        expect(status).toBe(200)
        const [file] = data.files
        expect(file.url).toMatch(/\/static\/\d+-server-rack\.png$/)

        // written where the served folder is: <repo>/.data/uploads, outside backend/
        const key = decodeURIComponent(new URL(file.url).pathname.replace(/^\/static\//, ""))
        expect(uploadDir()).toBe(path.resolve(process.cwd(), "..", ".data", "uploads"))
        expect(fs.readFileSync(path.join(uploadDir(), key))).toEqual(PNG)

        const served = await api.get(new URL(file.url).pathname, { responseType: "arraybuffer" })
        expect(served.status).toBe(200)
        expect(served.headers["content-type"]).toMatch(/^image\/png/)
        expect(Buffer.from(served.data)).toEqual(PNG)
      })

      it("answers 404 for files that are not there, private attachments and paths outside the folder", async () => {
        fs.mkdirSync(uploadDir(), { recursive: true })
        const secret = `private-${Date.now()}-invoice.pdf`
        fs.writeFileSync(path.join(uploadDir(), secret), "%PDF-1.4 secret")
        try {
          for (const url of ["/static/nothing-here.png", `/static/${secret}`, "/static/..%2F..%2Fpackage.json"]) {
            const res = await api.get(url).catch((e) => e.response)
            expect([url, res.status]).toEqual([url, 404])
          }
        } finally {
          fs.rmSync(path.join(uploadDir(), secret), { force: true })
        }
      })
    })

    describe("uploadDir", () => {
      it("is the same folder from backend/ (develop, tests) and backend/.medusa/server (npm start)", () => {
        const backend = path.resolve("/repo/backend")
        expect(uploadDir({}, backend)).toBe(path.resolve("/repo/.data/uploads"))
        expect(uploadDir({}, path.join(backend, ".medusa", "server"))).toBe(path.resolve("/repo/.data/uploads"))
        expect(uploadDir({ FILE_UPLOAD_DIR: "/srv/uploads" }, backend)).toBe("/srv/uploads")
      })
    })
  },
})
