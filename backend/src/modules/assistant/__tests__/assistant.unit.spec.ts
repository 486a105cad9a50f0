import { HELP_ARTICLES, HELP_FAQS } from "../../../scripts/seed-data/help-center"
import { buildPrompt } from "../adapters/gemini"
import { extract, guestHandoverText, offlineAnswer } from "../adapters/offline"
import type { AssistantContext, ContextArticle } from "../types"
import { asksForPerson, inlinePlain, keywords, searchQuery } from "../utils/text"

/** The seeded help center as context, every article a candidate (the search narrows this in the app). */
const articles: ContextArticle[] = HELP_ARTICLES.map((a, i) => ({ ...a, id: `hart_${i}`, rank: 0 }))
const context: AssistantContext = {
  articles,
  faqs: HELP_FAQS.map((f, i) => ({ id: `faq_${i}`, question: f.question, answer: f.answer, category: f.category })),
  customer: null,
}

describe("asksForPerson", () => {
  it.each([
    "I want to talk to a person",
    "Can I speak to a human please?",
    "connect me with an agent",
    "get me a real person",
    "I'd like to talk to someone",
    "transfer me to a representative",
    "is there any support staff around?",
    "let me chat with your support team",
    "Talk to support",
  ])("hears a request for a person in %p", (message) => {
    expect(asksForPerson(message)).toBe(true)
  })

  it.each([
    "How do I add SSH keys to my server?",
    "my ssh agent forgets the key",
    "How do I add another person to my account?",
    "When does my subscription renew?",
    "Can my app talk to the database over a private network?",
  ])("does not mistake the question %p for one", (message) => {
    expect(asksForPerson(message)).toBe(false)
  })
})

describe("keywords and search query", () => {
  it("drops stop words and filler, keeps topic words in order", () => {
    expect(keywords("Hi! How do I turn on 2FA for my account, please?")).toEqual(["turn", "2fa", "account"])
    expect(searchQuery("How do I add SSH keys?")).toBe("add or ssh or keys")
    expect(searchQuery("how do I ... ?")).toBe("")
  })
})

describe("offline answers from the seeded help center", () => {
  it.each([
    ["How do I add an SSH key to my server?", "add-ssh-keys-to-your-server"],
    ["How does auto-renew work for my renewal?", "renewals-and-auto-renew"],
    ["How do I set up two-factor authentication?", "two-factor-authentication"],
    ["How do I point my domain with a DNS A record?", "manage-dns-records"],
  ])("answers %p from %p", (message, handle) => {
    const answer = offlineAnswer(message, context, 0.4)
    expect(answer.handover).toBe(false)
    expect(answer.citations[0].handle).toBe(handle)
    expect(answer.answer).toContain(`/help/${handle}`)
    // plain text: no markdown emphasis or link syntax left
    expect(answer.answer).not.toMatch(/\*\*|\]\(/)
  })

  it("quotes the section that answers the question, not the whole article", () => {
    const ssh = articles.find((a) => a.handle === "add-ssh-keys-to-your-server")!
    const text = extract("How do I turn off password logins over SSH?", ssh)
    expect(text).toContain("PasswordAuthentication no")
    expect(text).not.toContain("ssh-keygen")
  })

  it("hands over when nothing fits the question", () => {
    const answer = offlineAnswer("qwxz plorbinate frumious", context, 0.4)
    expect(answer).toMatchObject({ handover: true, handover_reason: "low_confidence", citations: [] })
    expect(answer.answer).toMatch(/handing you over/)
  })

  it("strips inline markdown", () => {
    expect(inlinePlain("Go to **Account → Security** and see [Refunds](/help/refund-policy) or `ssh`")).toBe(
      "Go to Account → Security and see Refunds or ssh"
    )
  })
})

describe("Gemini prompt", () => {
  it("holds the best articles, the customer's own data and the question", () => {
    const prompt = buildPrompt("When does my VPS expire?", {
      ...context,
      articles: articles.slice(0, 6),
      customer: {
        subscriptions: [
          { id: "sub_1", number: "SUB-10001", product_title: "Cloud VPS", plan: "Standard", status: "active", billing: "monthly", expires_at: "2026-03-01", auto_renew: true },
        ],
        orders: [],
      },
    })
    expect(prompt).toContain("handle: how-billing-and-invoices-work")
    // four articles at most
    expect(prompt).not.toContain(`handle: ${articles[4].handle}`)
    expect(prompt).toContain("SUB-10001: Cloud VPS, plan Standard")
    expect(prompt.trim().endsWith("When does my VPS expire?")).toBe(true)
  })
})

describe("guest handover", () => {
  it("never tells a guest that a person takes over", () => {
    const open = guestHandoverText({ open: true, hours: "Monday to Friday, 08:00–20:00 UTC" })
    const closed = guestHandoverText({ open: false, hours: "Monday to Friday, 08:00–20:00 UTC" })
    expect(open).toMatch(/sign in to chat with a person/)
    expect(closed).toMatch(/closed right now: people answer Monday to Friday, 08:00–20:00 UTC/)
    expect(closed).toContain("/contact")
    for (const text of [open, closed, guestHandoverText({ open: false, hours: null }), guestHandoverText(null)]) {
      expect(text).not.toMatch(/take over|handing you over/)
    }
  })
})
