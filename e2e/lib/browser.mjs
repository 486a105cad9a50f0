import { mkdir, readFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "playwright-core"

export const STOREFRONT_URL = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
export const BACKEND_URL = (process.env.BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")

/**
 * The address this test file's shopper connects from, sent as
 * X-Forwarded-For (which the backend honours from a local proxy): an
 * RFC 5737 documentation address per test process, so one file's sign-ins
 * and codes do not use up another's per-address rate limits.
 */
export const CLIENT_IP = `203.0.113.${2 + (process.pid % 250)}`

const ARTIFACTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "artifacts")

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  })
}

/** Saves a full-page screenshot under e2e/artifacts/ and returns its path. */
export async function saveScreenshot(page, name) {
  await mkdir(ARTIFACTS_DIR, { recursive: true })
  const file = path.join(ARTIFACTS_DIR, `${name}-${Date.now()}.png`)
  await page.screenshot({ path: file, fullPage: true }).catch(() => {})
  return file
}

/** Fails fast with a clear message when an app is not running. */
export async function assertUp(url, label) {
  const response = await fetch(url).catch((error) => {
    throw new Error(`${label} is not reachable at ${url}: ${error.message}`)
  })
  if (!response.ok) {
    throw new Error(`${label} answered ${response.status} at ${url}`)
  }
}

/**
 * A fresh context (its own cookies: one person) in `browser` with one page,
 * a 30 s default timeout, downloads allowed and the given viewport.
 */
export async function newPerson(browser, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: "en-US",
    extraHTTPHeaders: { "x-forwarded-for": CLIENT_IP },
    acceptDownloads: true,
  })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  return { context, page }
}

/** A browser with one page, a 30 s default timeout and the given viewport. */
export async function openPage(viewport = {}) {
  const browser = await launchBrowser()
  return { browser, ...(await newPerson(browser, viewport)) }
}

/**
 * A `step(name, body)` runner: on failure it saves a screenshot and puts the
 * step name, screenshot path and URL in the error.
 */
export function stepper(prefix, getPage) {
  return async function step(name, body) {
    try {
      await body()
    } catch (error) {
      const page = getPage()
      const file = page ? await saveScreenshot(page, `${prefix}-${name}`) : "no page"
      error.message = `[${name}] ${error.message}\nScreenshot: ${file}\nURL: ${page?.url()}`
      throw error
    }
  }
}

/** Clicks `locator` and returns the file the browser downloads: its suggested name and bytes. */
export async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent("download"), locator.click()])
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) }
}

/** The text of a PDF as a reader extracts it (Intl's no-break spaces made plain, whitespace collapsed). */
export async function pdfText(bytes) {
  const { PDFParse } = await import("pdf-parse")
  const parser = new PDFParse({ data: new Uint8Array(bytes) })
  try {
    const { text } = await parser.getText()
    return text.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ")
  } finally {
    await parser.destroy()
  }
}
