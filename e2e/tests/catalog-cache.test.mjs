import assert from "node:assert/strict"
import { test } from "node:test"
import { assertUp, STOREFRONT_URL } from "../lib/browser.mjs"
import { api } from "../lib/store-api.mjs"

// The storefront caches catalog reads; an admin edit must show up without
// waiting for the cache to expire (the backend calls /api/revalidate).

const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@cloudservices.local"
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || "CloudAdmin!2026"

async function pageText(path) {
  const res = await fetch(`${STOREFRONT_URL}${path}`)
  assert.equal(res.status, 200)
  return res.text()
}

async function eventually(check, timeoutMs = 15_000) {
  const started = Date.now()
  for (;;) {
    if (await check()) {
      return
    }
    if (Date.now() - started > timeoutMs) {
      assert.fail("the storefront still shows the old catalog")
    }
    await new Promise((r) => setTimeout(r, 300))
  }
}

test("an admin's product edit reaches the cached storefront pages", async () => {
  await assertUp(`${STOREFRONT_URL}/api/health`, "Storefront")
  const { token } = await api("/auth/user/emailpass", {
    method: "POST",
    body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  })
  const admin = { authorization: `Bearer ${token}` }
  const { products } = await api("/admin/products?handle=block-storage&fields=id,subtitle", { headers: admin })
  const path = "/us/products/block-storage"

  // twice, so the second answer comes from the cache
  await pageText(path)
  assert.match(await pageText(path), new RegExp(products[0].subtitle))

  const subtitle = `Attachable NVMe volumes, now ${Date.now()}`
  await api(`/admin/products/${products[0].id}`, { method: "POST", headers: admin, body: { subtitle } })
  await eventually(async () => (await pageText(path)).includes(subtitle))

  const forged = await fetch(`${STOREFRONT_URL}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-revalidate-secret": "wrong" },
    body: JSON.stringify({ tags: ["products"] }),
  })
  assert.equal(forged.status, 401)
})
