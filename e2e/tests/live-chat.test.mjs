import assert from "node:assert/strict"
import { test } from "node:test"
import { loginToAdmin } from "../lib/admin.mjs"
import { BACKEND_URL, CLIENT_IP, STOREFRONT_URL } from "../lib/browser.mjs"
import { registerInStorefront, uniqueEmail } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// A new shopper opens the chat widget, asks the assistant how to add an SSH key and gets an
// answer linking the help article, follows the link (the conversation comes back on the new
// page), then asks for a person. In a second browser an admin finds the chat waiting in Live
// chat, takes it and replies: the shopper sees the admin typing and the reply arrive without a
// reload, and the admin sees the shopper's answer live. The admin converts the chat to a ticket;
// the shopper follows it from the widget to Account → Support.

const QUESTION = "How do I add an SSH key to my server?"
const REPLY = "Hi Grace, paste your public key under Server → SSH keys and reboot once."
const THANKS = "Thanks, that worked!"
const SUBJECT = "SSH key setup (from chat)"

let shopper
let admin
let adminPage

let current = () => shopper
const { step } = browserTest("live-chat", {
  async setup({ browser }) {
    const context = async () => {
      const c = await browser.newContext({
        viewport: { width: 1400, height: 900 },
        locale: "en-US",
        extraHTTPHeaders: { "x-forwarded-for": CLIENT_IP },
      })
      c.setDefaultTimeout(30_000)
      return c
    }
    shopper = await (await context()).newPage()
    admin = await context()
    adminPage = await admin.newPage()
  },
  page: () => current(),
})

const messageBy = (page, author) => page.locator(`[data-testid="chat-message"][data-author="${author}"]`)

test("a shopper goes from the assistant to a person in live chat, and on to a ticket", async () => {
  const email = uniqueEmail("chat")
  const password = "correct-horse-42"

  await step("register", async () => {
    await registerInStorefront(shopper, { email, password, firstName: "Grace", lastName: "Hopper" })
  })

  await step("open the widget", async () => {
    const launcher = shopper.getByTestId("chat-launcher")
    await launcher.click()
    const panel = shopper.getByRole("dialog", { name: "CloudServices Assistant" })
    await panel.waitFor()
    // focus moves to the message box; Escape closes and gives focus back to the button
    await shopper.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "chat-input")
    await shopper.keyboard.press("Escape")
    await panel.waitFor({ state: "hidden" })
    assert.equal(await launcher.evaluate((el) => el === document.activeElement), true, "focus is back on the chat button")
    await launcher.click()
    await panel.waitFor()
  })

  await step("ask the assistant", async () => {
    await shopper.getByTestId("chat-input").fill(QUESTION)
    await shopper.getByTestId("chat-send").click()
    await messageBy(shopper, "me").filter({ hasText: QUESTION }).waitFor()
    const answer = messageBy(shopper, "bot").last()
    await answer.waitFor()
    const link = answer.getByTestId("chat-citation").filter({ hasText: "Add SSH keys to your server" })
    await link.waitFor()
    assert.equal(await link.getAttribute("href"), "/us/help/add-ssh-keys-to-your-server")
    assert.equal(await answer.getByTestId("chat-message-author").innerText(), "Assistant")
    await answer.getByTestId("chat-feedback-yes").click()
    await answer.getByTestId("chat-feedback-done").waitFor()
  })

  await step("the article link keeps the conversation", async () => {
    await messageBy(shopper, "bot").last().getByTestId("chat-citation").first().click()
    await shopper.waitForURL(/\/us\/help\/add-ssh-keys-to-your-server$/)
    await shopper.getByRole("heading", { name: "Add SSH keys to your server", level: 1 }).waitFor()
    // a full reload: the panel reopens and the conversation is read back from the backend
    await shopper.reload()
    await shopper.getByTestId("chat-panel").waitFor()
    await messageBy(shopper, "me").filter({ hasText: QUESTION }).waitFor()
    await messageBy(shopper, "bot").getByTestId("chat-citation").first().waitFor()
  })

  await step("ask for a person", async () => {
    await shopper.getByTestId("chat-handover").click()
    await shopper.locator('[data-testid="chat-conversation"][data-status="waiting"]').waitFor()
    assert.equal(await shopper.getByTestId("chat-title").innerText(), "Waiting for a person")
    assert.equal(await shopper.getByTestId("chat-handover").count(), 0)
    // marks this page: a reload would drop it
    await shopper.evaluate(() => {
      window.__sameLoad = true
    })
  })

  current = () => adminPage
  let row
  await step("admin finds the chat waiting", async () => {
    await loginToAdmin(adminPage)
    await adminPage.goto(`${BACKEND_URL}/app/live-chat`)
    await adminPage.getByTestId("live-chat-page").waitFor()
    assert.ok(await adminPage.getByRole("link", { name: "Live chat" }).count(), "Live chat is in the sidebar")
    await adminPage.getByTestId("live-chat-connection").filter({ hasText: "Live" }).waitFor()
    row = adminPage.getByTestId("chat-inbox-row").filter({ hasText: email })
    await row.waitFor()
    assert.match(await row.innerText(), /Grace Hopper/)
    assert.match(await row.getByTestId("chat-waiting-time").innerText(), /^Waiting \d+:\d{2}$/)
  })

  await step("admin takes it", async () => {
    await row.click()
    const thread = adminPage.getByTestId("chat-thread")
    await thread.waitFor()
    await thread.getByTestId("chat-message").filter({ hasText: QUESTION }).waitFor()
    await thread.getByTestId("chat-citations").first().getByText("Add SSH keys to your server").waitFor()
    await adminPage.getByTestId("chat-take-hint").waitFor()
    await adminPage.getByTestId("chat-take").click()
    await adminPage.getByTestId("chat-assignee").filter({ hasText: "Assigned to you" }).waitFor()
    await adminPage.locator('[data-testid="chat-thread"][data-status="active"]').waitFor()
  })

  await step("the shopper sees the admin typing, then the reply, live", async () => {
    await adminPage.getByTestId("chat-reply-input").pressSequentially("Hi Grace", { delay: 20 })
    current = () => shopper
    await shopper.getByTestId("chat-typing").filter({ hasText: /is typing/ }).waitFor()
    current = () => adminPage
    await adminPage.getByTestId("chat-reply-input").fill(REPLY)
    await adminPage.getByTestId("chat-reply-send").click()
    await adminPage.getByTestId("chat-message").filter({ hasText: REPLY }).waitFor()
    current = () => shopper
    const reply = messageBy(shopper, "agent").filter({ hasText: REPLY })
    await reply.waitFor()
    assert.match(await reply.getByTestId("chat-message-author").innerText(), /from support$/)
    assert.match(await shopper.getByTestId("chat-title").innerText(), /from support$/)
    assert.equal(await shopper.evaluate(() => window.__sameLoad), true, "the reply arrived without a reload")
  })

  await step("the admin sees the shopper's answer live", async () => {
    await shopper.getByTestId("chat-input").fill(THANKS)
    await shopper.getByTestId("chat-send").click()
    current = () => adminPage
    await adminPage.getByTestId("chat-thread").getByTestId("chat-message").filter({ hasText: THANKS }).waitFor()
  })

  let ticketUrl
  await step("admin converts the chat to a ticket", async () => {
    await adminPage.getByTestId("chat-convert").click()
    await adminPage.getByTestId("chat-convert-subject").fill(SUBJECT)
    await adminPage.getByTestId("chat-convert-confirm").click()
    const link = adminPage.getByTestId("chat-ticket-link")
    await link.waitFor()
    await adminPage.locator('[data-testid="chat-thread"][data-status="closed"]').waitFor()
    await link.click()
    await adminPage.waitForURL(/\/app\/tickets\/[^/]+$/)
    const detail = adminPage.getByTestId("ticket-detail")
    await detail.getByRole("heading", { name: SUBJECT }).waitFor()
    await detail.getByTestId("ticket-thread").getByText(QUESTION).first().waitFor()
    ticketUrl = adminPage.url()
  })

  current = () => shopper
  await step("the shopper follows the ticket", async () => {
    const closed = shopper.getByTestId("chat-closed")
    await closed.waitFor()
    const ticketId = ticketUrl.split("/").pop()
    const link = closed.getByTestId("chat-ticket-link")
    assert.equal(await link.getAttribute("href"), `/us/account/support/${ticketId}`)
    await link.click()
    await shopper.waitForURL(new RegExp(`/us/account/support/${ticketId}$`))
    await shopper.getByTestId("ticket-number").waitFor()
    await shopper.getByTestId("ticket-thread").getByText(REPLY).first().waitFor()
    await shopper.goto(`${STOREFRONT_URL}/us/account/support`)
    await shopper.getByTestId("ticket-row").filter({ hasText: SUBJECT }).waitFor()
  })
})
