import assert from "node:assert/strict"
import { test } from "node:test"
import { newPerson, STOREFRONT_URL } from "../lib/browser.mjs"
import {
  buyMonthlyPlanFromProductPage,
  placeOrderAtCheckout,
  registerInStorefront,
  uniqueEmail,
} from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// The public site as a new visitor sees it on a 390 px phone and a 1280 px laptop: every page
// of the specification answers and fits the screen (no sideways scrolling), the contact form
// sends, the chat never covers the price box or the footer's country selector, and search
// engines find robots.txt, a sitemap with hreflang alternates and structured data. Both apps
// must be running with the seed loaded (blog posts, resources and company pages included).

const PHONE = { width: 390, height: 844 }
const LAPTOP = { width: 1280, height: 900 }

/** Public pages (country-less path → what must show on it). */
const PAGES = [
  ["", { role: "heading", level: 1 }],
  ["/solutions", { testId: "solutions" }],
  ["/about", { role: "heading", level: 1 }],
  ["/contact", { testId: "contact-form" }],
  ["/blog", { testId: "blog-home" }],
  ["/resources", { testId: "resources" }],
  ["/terms", { testId: "content-page-terms" }],
  ["/privacy", { testId: "content-page-privacy" }],
  ["/acceptable-use", { testId: "content-page-acceptable-use" }],
  ["/sla", { testId: "content-page-sla" }],
  ["/status", { testId: "status-summary" }],
  ["/pricing", { role: "heading", level: 1 }],
  ["/products/cloud-vps", { testId: "add-to-cart" }],
  ["/help", { role: "heading", level: 1 }],
]

let browser
let page

const { step } = browserTest("public-site", {
  async setup(ctx) {
    browser = ctx.browser
  },
  page: () => page,
})

/** The page is no wider than the window; names the widest culprits when it is. */
async function assertFits(label) {
  const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
    const width = window.innerWidth
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && box.right > width + 1
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)}`)
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits }
  })
  assert.ok(
    scrollWidth <= innerWidth,
    `${label} is ${scrollWidth} px wide in a ${innerWidth} px window (${culprits.join(" | ") || "?"})`
  )
}

async function waitForContent(expect) {
  if (expect.testId) {
    await page.getByTestId(expect.testId).first().waitFor()
  } else {
    await page.getByRole(expect.role, { level: expect.level }).first().waitFor()
  }
}

/** Every JSON-LD object on the page (arrays flattened). */
async function jsonLd() {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return scripts.flatMap((text) => [JSON.parse(text)].flat())
}

/** Whether the element's centre is what the visitor sees there (nothing fixed lies over it). */
async function notCovered(locator) {
  await locator.scrollIntoViewIfNeeded()
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return Boolean(top && (el === top || el.contains(top)))
  })
}

for (const viewport of [PHONE, LAPTOP]) {
  test(`the public site at ${viewport.width} px: every page answers and fits the screen`, async () => {
    const person = await newPerson(browser, viewport)
    page = person.page
    try {
      for (const [path, expect] of PAGES) {
        await step(`visit${path.replace(/\//g, "-") || "-home"}-${viewport.width}`, async () => {
          const response = await page.goto(`${STOREFRONT_URL}/us${path}`)
          assert.equal(response?.status(), 200, `/us${path} answers 200`)
          await waitForContent(expect)
          await assertFits(`/us${path}`)
        })
      }

      await step(`blog-post-${viewport.width}`, async () => {
        await page.goto(`${STOREFRONT_URL}/us/blog`)
        const first = page.getByTestId("blog-post-card").first().getByRole("link").first()
        await first.click()
        await page.waitForURL(/\/us\/blog\/[^/?]+$/)
        await page.getByTestId("blog-post-body").waitFor()
        await assertFits(page.url())
        const types = (await jsonLd()).map((item) => item["@type"])
        assert.ok(types.includes("BlogPosting"), `BlogPosting on a post (${types})`)
        assert.ok(types.includes("BreadcrumbList"), "breadcrumbs on a post")
      })

      await step(`blog-tag-filter-${viewport.width}`, async () => {
        await page.goto(`${STOREFRONT_URL}/us/blog`)
        const tag = page.getByTestId("blog-post-card").first().locator('a[href*="?tag="]').first()
        if (await tag.count()) {
          await tag.click()
          await page.waitForURL(/\/us\/blog\?tag=/)
          await page.getByTestId("blog-tag-filter").waitFor()
          await assertFits(page.url())
        }
      })

      await step(`pricing-price-visible-${viewport.width}`, async () => {
        await page.goto(`${STOREFRONT_URL}/us/pricing`)
        // on a phone each plan (a table row) is a card; on a laptop a table row; the first monthly price is on screen either way
        const price = page
          .locator("table tbody tr")
          .first()
          .getByText(/\$\d/)
          .first()
        await price.scrollIntoViewIfNeeded()
        const box = await price.boundingBox()
        assert.ok(box && box.x >= 0 && box.x + box.width <= viewport.width, `the price is inside the window (${JSON.stringify(box)})`)
      })

      await step(`contact-form-${viewport.width}`, async () => {
        await page.goto(`${STOREFRONT_URL}/us/contact`)
        // the honeypot is out of sight and out of the tab order
        const honeypot = page.locator('input[name="website"]')
        assert.equal(await honeypot.getAttribute("tabindex"), "-1")
        const box = await honeypot.boundingBox()
        assert.ok(!box || box.x + box.width <= 0, "the honeypot is off screen")
        await page.getByTestId("company-details").waitFor()

        // nothing filled in: the form says what is missing
        await page.getByTestId("contact-submit").click()
        await page.getByTestId("contact-error").waitFor()

        // by id: the chat's own message box is labelled "Message" too
        await page.locator("#field-name").fill("Ada Lovelace")
        await page.locator("#field-email").fill(uniqueEmail("contact"))
        await page.locator("#field-subject").fill("A quote for 20 servers")
        await page.locator("#field-message").fill("We would like a quote for twenty Cloud VPS Performance servers, billed yearly.")
        await page.getByTestId("contact-submit").click()
        await page.getByTestId("contact-sent").waitFor()
        await assertFits("/us/contact after sending")
      })

      await step(`footer-links-${viewport.width}`, async () => {
        await page.goto(`${STOREFRONT_URL}/us`)
        const footer = page.locator("footer")
        for (const name of ["About us", "Contact", "Blog", "Resources", "Terms of Service", "Privacy Policy", "System status"]) {
          await footer.getByRole("link", { name, exact: true }).waitFor()
        }
        await page.getByTestId("footer-contact").waitFor()
        const types = (await jsonLd()).map((item) => item["@type"])
        assert.ok(types.includes("Organization"), "Organization on the home page")
      })

      await step(`chat-bubble-leaves-country-selector-free-${viewport.width}`, async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
        const select = await page.getByTestId("country-select").boundingBox()
        const bubble = await page.getByTestId("chat-launcher").boundingBox()
        const overlap =
          select.x < bubble.x + bubble.width &&
          bubble.x < select.x + select.width &&
          select.y < bubble.y + bubble.height &&
          bubble.y < select.y + select.height
        assert.equal(overlap, false, `the chat button (${JSON.stringify(bubble)}) leaves the country selector (${JSON.stringify(select)}) free`)
      })

      await step(`chat-does-not-cover-add-to-cart-${viewport.width}`, async () => {
        await page.goto(`${STOREFRONT_URL}/us`)
        await page.getByTestId("chat-launcher").click()
        await page.getByTestId("chat-panel").waitFor()
        if (viewport.width < 1024) {
          // on a phone the open panel folds back into its button on the next page (the panel
          // covers the page, so the link is clicked as a chat citation would be: in-app navigation)
          await page.locator('footer a[href="/us/pricing"]').dispatchEvent("click")
          await page.waitForURL(/\/us\/pricing$/)
          await page.getByTestId("chat-panel").waitFor({ state: "hidden" })
        } else {
          await page.getByTestId("chat-close").click()
          await page.getByTestId("chat-panel").waitFor({ state: "hidden" })
        }
        // closed stays closed on the next pages, reloads included
        await page.goto(`${STOREFRONT_URL}/us/products/cloud-vps`)
        await page.getByTestId("add-to-cart").waitFor()
        assert.equal(await page.getByTestId("chat-panel").isVisible(), false, "the chat did not reopen")
        assert.ok(await notCovered(page.getByTestId("add-to-cart")), "nothing covers Add to cart")

        const data = await jsonLd()
        const product = data.find((item) => item["@type"] === "Product")
        assert.ok(product, "JSON-LD Product on the product page")
        assert.equal(product.name, "Cloud VPS")
        assert.ok(product.offers.length >= 2, "an Offer per plan")
        for (const offer of product.offers) {
          assert.equal(offer["@type"], "Offer")
          assert.equal(offer.priceCurrency, "USD")
          assert.ok(Number(offer.price) > 0, `a price (${offer.price})`)
        }
        assert.ok(data.some((item) => item["@type"] === "BreadcrumbList"), "breadcrumbs on the product page")
      })

      await step(`guest-chat-is-honest-${viewport.width}`, async () => {
        await page.getByTestId("chat-launcher").click()
        const panel = page.getByTestId("chat-panel")
        await panel.waitFor()
        // the assistant is a chunk of its own, loaded when the chat is first opened
        await panel.getByText("Sign in to chat with a person").waitFor()
        const text = await panel.textContent()
        assert.match(text, /Sign in to chat with a person/)
        assert.match(text, /Monday to Friday, 08:00–20:00 UTC/)
        assert.doesNotMatch(text, /take over this conversation shortly/)
        await page.getByTestId("chat-close").click()
      })

      await step(`canonical-and-hreflang-${viewport.width}`, async () => {
        await page.goto(`${STOREFRONT_URL}/us/pricing`)
        assert.match(await page.locator('link[rel="canonical"]').getAttribute("href"), /\/us\/pricing$/)
        assert.match(await page.locator('link[rel="alternate"][hreflang="en-DE"]').getAttribute("href"), /\/de\/pricing$/)
        assert.ok(await page.locator('meta[property="og:title"]').count(), "an Open Graph title")
      })

      await step(`account-${viewport.width}`, async () => {
        await registerInStorefront(page, { email: uniqueEmail(`public-${viewport.width}`), password: "correct-horse-42" })
        for (const path of ["/account", "/account/orders", "/account/subscriptions", "/account/payments", "/account/security"]) {
          await page.goto(`${STOREFRONT_URL}/us${path}`)
          await page.getByRole("navigation", { name: "Account" }).waitFor()
          await assertFits(`/us${path}`)
        }
      })

      if (viewport.width < 1024) {
        await step("confirmation-opens-at-its-heading", async () => {
          await page.goto(`${STOREFRONT_URL}/us/products/managed-redis`)
          await buyMonthlyPlanFromProductPage(page)
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
          await placeOrderAtCheckout(page)
          const heading = page.getByRole("heading", { name: "Thank you for your order", level: 1 })
          await heading.waitFor()
          await page.waitForFunction(() => window.scrollY === 0)
          const box = await heading.boundingBox()
          assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height, "the thanks are on screen")
          await assertFits("the order confirmation")
        })
      }
    } finally {
      await person.context.close()
    }
  })
}

test("search engines find robots.txt, a sitemap with hreflang alternates and every kind of page", async () => {
  const robots = await fetch(`${STOREFRONT_URL}/robots.txt`)
  assert.equal(robots.status, 200)
  const robotsText = await robots.text()
  assert.match(robotsText, /^Sitemap: \S+\/sitemap\.xml$/m)
  assert.match(robotsText, /Disallow: \/\*\/checkout/)

  const sitemap = await fetch(`${STOREFRONT_URL}/sitemap.xml`)
  assert.equal(sitemap.status, 200)
  const xml = await sitemap.text()
  for (const path of ["/us/products/cloud-vps", "/de/products/cloud-vps", "/us/categories/compute", "/us/pricing", "/us/solutions", "/us/terms", "/us/help/faq"]) {
    assert.match(xml, new RegExp(`<loc>[^<]*${path}</loc>`), `${path} is in the sitemap`)
  }
  assert.match(xml, /<loc>[^<]*\/us\/blog\/[^<]+<\/loc>/, "blog posts are in the sitemap")
  assert.match(xml, /<loc>[^<]*\/us\/help\/[^<]+<\/loc>/, "help articles are in the sitemap")
  // each URL names the same page in the other countries
  assert.match(xml, /<xhtml:link rel="alternate" hreflang="en-DE" href="[^"]*\/de\/products\/cloud-vps"/)
  assert.match(xml, /<xhtml:link rel="alternate" hreflang="en-IN" href="[^"]*\/in\/pricing"/)
  // accounts and checkout are never listed
  assert.doesNotMatch(xml, /<loc>[^<]*\/[a-z]{2}\/(account|checkout|cart)(\/[^<]*)?<\/loc>/)
})

test("public pages come from the cache; searches, plans chosen by link and the visitor's own state do not", async () => {
  for (const path of ["/us", "/us/store", "/us/pricing", "/us/products/cloud-vps", "/us/categories/compute", "/us/help", "/us/blog", "/us/about"]) {
    const first = await fetch(`${STOREFRONT_URL}${path}`)
    assert.equal(first.status, 200, `${path} answers`)
    await first.text()
    const again = await fetch(`${STOREFRONT_URL}${path}`)
    assert.equal(again.status, 200)
    assert.match(again.headers.get("x-nextjs-cache") ?? "", /^(HIT|STALE)$/, `${path} is served from the cache`)
    const html = await again.text()
    // the same page for everybody: no cart count or account state baked in
    assert.match(html, /data-testid="nav-cart-count"[^>]*data-ready="false"/, `${path} leaves the cart count to the browser`)
  }

  // a search is answered per request, with its results
  const search = await fetch(`${STOREFRONT_URL}/us/store?q=redis`)
  assert.equal(search.status, 200)
  assert.equal(search.headers.get("x-nextjs-cache"), null)
  assert.match(await search.text(), /Managed Redis/)
  // a plan chosen by link is preselected (the plain product page stays cached)
  const chosen = await fetch(`${STOREFRONT_URL}/us/products/cloud-vps?plan=Standard&term=Yearly`)
  assert.equal(chosen.status, 200)
  assert.equal(chosen.headers.get("x-nextjs-cache"), null)
  // unknown paths still answer 404 inside the shop's layout
  const missing = await fetch(`${STOREFRONT_URL}/us/no-such-page`)
  assert.equal(missing.status, 404)
  assert.match(await missing.text(), /Page not found/)

  // the visitor's own state: never cached, from their cookies
  const visitor = await fetch(`${STOREFRONT_URL}/api/visitor`)
  assert.equal(visitor.status, 200)
  assert.match(visitor.headers.get("cache-control") ?? "", /no-store/)
  assert.deepEqual(await visitor.json(), { signed_in: false, cart_quantity: 0, read_only: false, impersonation: null })
})
