import type * as GenAI from "@google/genai" with { "resolution-mode": "import" }
import { z } from "@medusajs/framework/zod"
import type { AssistantAnswer, AssistantContext, AssistantCitation } from "../types"
import { truncate } from "../utils/text"
import { citationOf, HANDOVER_TEXT, scoreFaqs } from "./offline"

// The SDK ships CommonJS for require (dist/node/index.cjs) but types only as ESM: this file is
// compiled to CommonJS, so it takes the types from the ESM declarations and the code via require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GoogleGenAI, Type }: typeof GenAI = require("@google/genai")

/** Articles put in the prompt (best first) and how much of each body. */
export const PROMPT_ARTICLES = 4
const PROMPT_ARTICLE_CHARS = 1800
const PROMPT_FAQS = 3

export type GeminiOptions = {
  apiKey: string
  model: string
  /** e.g. a local stub; the SDK's default (Google) when unset */
  baseUrl?: string
  timeoutMs: number
}

const SYSTEM_INSTRUCTION = [
  "You are the customer support assistant of CloudServices, a cloud hosting company.",
  "Answer the customer's question using ONLY the CONTEXT in the message: help-center articles, FAQs and, when present, the customer's own subscriptions and orders.",
  "Never invent facts, prices, dates, links or steps that are not in the context. Be brief and friendly: a few short paragraphs or a short list, plain text.",
  "If the context does not answer the question, say so briefly and set confident to false.",
  "List in cited_handles the handle of every help article you used (only handles given in the context). Leave it empty if you used none.",
  'Reply with JSON only: {"answer": string, "cited_handles": string[], "confident": boolean}.',
].join("\n")

const RESPONSE_SCHEMA = {
  type: Type.OBJECT,
  properties: {
    answer: { type: Type.STRING },
    cited_handles: { type: Type.ARRAY, items: { type: Type.STRING } },
    confident: { type: Type.BOOLEAN },
  },
  required: ["answer", "cited_handles", "confident"],
}

/** What the model must give back; anything else counts as a provider error. */
const ModelReply = z.object({
  answer: z.string().trim().min(1).max(8000),
  cited_handles: z.array(z.string()).default([]),
  confident: z.boolean(),
})

/** The prompt: the question, the best articles (trimmed), FAQs and the customer's own data. */
export function buildPrompt(message: string, context: AssistantContext): string {
  const articles = context.articles.slice(0, PROMPT_ARTICLES)
  const faqs = scoreFaqs(message, context.faqs).slice(0, PROMPT_FAQS)
  const out: string[] = ["CONTEXT", "", "## Help-center articles"]
  if (!articles.length) {
    out.push("(none matched the question)")
  }
  for (const a of articles) {
    out.push(`### handle: ${a.handle}`, `title: ${a.title}`, truncate(a.body, PROMPT_ARTICLE_CHARS), "")
  }
  if (faqs.length) {
    out.push("## FAQs")
    for (const { faq } of faqs) {
      out.push(`Q: ${faq.question}`, `A: ${faq.answer}`, "")
    }
  }
  const customer = context.customer
  if (customer) {
    out.push("## This customer's subscriptions")
    if (!customer.subscriptions.length) {
      out.push("(none)")
    }
    for (const s of customer.subscriptions) {
      out.push(
        `- ${s.number}: ${s.product_title}, plan ${s.plan}, ${s.billing}, status ${s.status}, ` +
          `expires ${s.expires_at}, auto-renew ${s.auto_renew ? "on" : "off"}`
      )
    }
    out.push("", "## This customer's recent orders")
    if (!customer.orders.length) {
      out.push("(none)")
    }
    for (const o of customer.orders) {
      out.push(`- order #${o.display_id} on ${o.created_at}: ${o.items.join("; ")}, total ${o.total} ${o.currency_code.toUpperCase()}, ${o.status}`)
    }
  } else {
    out.push("## Customer", "(not signed in: no account data)")
  }
  out.push("", "QUESTION", message)
  return out.join("\n")
}

/**
 * Asks Gemini (official `@google/genai` SDK, `models.generateContent`) and
 * maps its reply: cited handles become citations only when the article was
 * in the prompt; "not confident" hands over. Throws on a timeout, an HTTP
 * error or a reply that isn't the JSON asked for — the caller falls back.
 */
export async function geminiAnswer(message: string, context: AssistantContext, options: GeminiOptions): Promise<AssistantAnswer> {
  const client = new GoogleGenAI({
    apiKey: options.apiKey,
    httpOptions: {
      baseUrl: options.baseUrl || undefined,
      timeout: options.timeoutMs,
      // plain fetch: the SDK's own Undici dispatcher has no timeouts and isn't needed here
      fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
    },
  })
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(new Error(`Gemini did not answer within ${options.timeoutMs} ms`))
    }, options.timeoutMs)
  })
  try {
    const response = await Promise.race([
      client.models.generateContent({
        model: options.model,
        contents: [{ role: "user", parts: [{ text: buildPrompt(message, context) }] }],
        config: {
          systemInstruction: SYSTEM_INSTRUCTION,
          responseMimeType: "application/json",
          responseSchema: RESPONSE_SCHEMA,
          temperature: 0.2,
          maxOutputTokens: 1024,
          abortSignal: controller.signal,
        },
      }),
      deadline,
    ])
    return mapReply(response.text ?? "", context)
  } finally {
    clearTimeout(timer)
  }
}

function mapReply(text: string, context: AssistantContext): AssistantAnswer {
  let json: unknown
  try {
    json = JSON.parse(text.trim().replace(/^```(?:json)?\s*|\s*```$/g, ""))
  } catch {
    throw new Error(`Gemini replied with something that is not JSON: ${truncate(text, 120)}`)
  }
  const parsed = ModelReply.safeParse(json)
  if (!parsed.success) {
    throw new Error(`Gemini's reply has the wrong shape: ${parsed.error.issues.map((i) => i.path.join(".") + " " + i.message).join(", ")}`)
  }
  const reply = parsed.data
  // only articles that were in the prompt can be cited, each once
  const inPrompt = new Map(context.articles.slice(0, PROMPT_ARTICLES).map((a) => [a.handle, a]))
  const citations: AssistantCitation[] = []
  for (const handle of reply.cited_handles) {
    const article = inPrompt.get(handle.trim())
    if (article && !citations.some((c) => c.id === article.id)) {
      citations.push(citationOf(article))
    }
  }
  if (!reply.confident) {
    return {
      answer: HANDOVER_TEXT.low_confidence,
      citations: [],
      handover: true,
      handover_reason: "low_confidence",
      provider: "gemini",
      confidence: 0.2,
    }
  }
  return {
    answer: reply.answer,
    citations,
    handover: false,
    handover_reason: null,
    provider: "gemini",
    confidence: 0.9,
  }
}
