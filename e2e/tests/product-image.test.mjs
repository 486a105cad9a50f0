import assert from "node:assert/strict"
import { deflateSync } from "node:zlib"
import { test } from "node:test"
import { BACKEND_URL, STOREFRONT_URL } from "../lib/browser.mjs"
import { adminAuthHeaders, api } from "../lib/store-api.mjs"
import { browserTest } from "../lib/fixture.mjs"

// An operator uploads a product image (the admin's media upload, POST /admin/uploads) and makes it
// the product's thumbnail: the storefront's product page and catalog show it, loaded from the
// backend's /static URL — under the same build and start as the product ships.

let page

/** A 16×16 PNG of one colour, built by hand (no image library needed). */
const { step } = browserTest("product-image", {
  async setup({ newPerson }) {
    ;({ page } = await newPerson({ width: 390, height: 844 }))
  },
  page: () => page,
})

function png() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf) => {
    let c = 0xffffffff
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data])
    const out = Buffer.alloc(8 + data.length + 4)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const size = 16
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(size).fill([37, 99, 235]).flat())])
  const pixels = Buffer.concat(Array(size).fill(row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

test("an image uploaded in the admin shows on the storefront's product page and catalog", async () => {
  const headers = await adminAuthHeaders()
  const { products } = await api("/admin/products?handle=managed-postgresql&fields=id,handle,thumbnail", { headers })
  const product = products[0]
  assert.ok(product, "the seeded Managed PostgreSQL product exists")
  let url

  try {
    await step("upload and set as thumbnail", async () => {
      const form = new FormData()
      form.append("files", new Blob([png()], { type: "image/png" }), "postgres-logo.png")
      const res = await fetch(`${BACKEND_URL}/admin/uploads`, { method: "POST", headers, body: form })
      assert.equal(res.status, 200, `upload answered ${res.status}`)
      ;({ files: [{ url }] } = await res.json())
      assert.match(url, /\/static\//)
      const image = await fetch(url)
      assert.equal(image.status, 200, `the uploaded file's URL answers (${url})`)
      await api(`/admin/products/${product.id}`, { method: "POST", headers, body: { thumbnail: url } })
    })

    await step("the product page shows it, loaded", async () => {
      await page.goto(`${STOREFRONT_URL}/us/products/${product.handle}`)
      const image = page.getByTestId("product-image")
      await image.waitFor()
      assert.equal(await image.getAttribute("src"), url)
      await page.waitForFunction(() => {
        const img = document.querySelector('[data-testid="product-image"]')
        return img instanceof HTMLImageElement && img.complete && img.naturalWidth === 16
      })
    })

    await step("the catalog card shows it too", async () => {
      await page.goto(`${STOREFRONT_URL}/us/categories/databases`)
      const card = page.getByTestId("product-card").filter({ hasText: "Managed PostgreSQL" })
      await card.locator(`img[src="${url}"]`).waitFor()
    })
  } finally {
    await api(`/admin/products/${product.id}`, { method: "POST", headers, body: { thumbnail: product.thumbnail ?? null } })
  }
})
