import { after, before } from "node:test"
import { assertUp, BACKEND_URL, launchBrowser, newPerson, stepper, STOREFRONT_URL } from "./browser.mjs"

/**
 * The preamble every browser test file shares, registered once per file.
 *
 * Before the file's tests: checks that the `apps` answer (fails fast with a
 * clear message when one is not running), launches one browser and runs
 * `setup(ctx)` (`ctx.browser`, and `ctx.newPerson(viewport)`: a fresh context
 * with one page in that browser). After them: runs `teardown()`, then closes
 * the browser whatever happened.
 *
 * Returns `{ ctx, step }`: `step(name, body)` runs one step and, when it
 * fails, saves a screenshot of `page()` (the page the test is looking at)
 * and puts the step's name, the screenshot and the URL in the error.
 */
export function browserTest(name, { apps = ["backend", "storefront"], setup, teardown, page = () => undefined } = {}) {
  const ctx = {
    browser: undefined,
    newPerson: (viewport) => newPerson(ctx.browser, viewport),
  }
  before(async () => {
    if (apps.includes("backend")) {
      await assertUp(`${BACKEND_URL}/health`, "Backend")
    }
    if (apps.includes("storefront")) {
      await assertUp(`${STOREFRONT_URL}/api/health`, "Storefront")
    }
    ctx.browser = await launchBrowser()
    await setup?.(ctx)
  })
  after(async () => {
    try {
      await teardown?.()
    } finally {
      await ctx.browser?.close()
    }
  })
  return { ctx, step: stepper(name, page) }
}
