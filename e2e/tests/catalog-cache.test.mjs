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

test("the pricing page's plan tables (rendered as one HTML string) write a product's text as text", async () => {
  const { token } = await api("/auth/user/emailpass", {
    method: "POST",
    body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  })
  const admin = { authorization: `Bearer ${token}` }
  const { products } = await api("/admin/products?handle=block-storage&fields=id,title", { headers: admin })
  const { id, title } = products[0]
  const marked = `<b>R&D</b> "beta" ${Date.now()}`
  try {
    await api(`/admin/products/${id}`, { method: "POST", headers: admin, body: { title: marked } })
    const escaped = marked.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
    let html = ""
    await eventually(async () => (html = await pageText("/us/pricing")).includes(`<caption class="sr-only">${escaped} plans compared</caption>`))
    assert.ok(!html.includes("<b>R&D</b>"), "the product's title never lands in the page as markup")
    assert.match(html, new RegExp(`aria-label="Configure ${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} [^"]+"`))
    // the table is the plans' table: a row per plan with its monthly price and a link to configure it
    assert.match(html, /<tr><th scope="row">[^<]+<\/th>.*?<span class="plan-price">\$\d/)
    assert.match(html, /href="\/us\/products\/block-storage\?plan=[^"]+" class="plan-link"/)
  } finally {
    await api(`/admin/products/${id}`, { method: "POST", headers: admin, body: { title } })
  }
})
