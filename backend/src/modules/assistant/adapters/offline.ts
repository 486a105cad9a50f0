import type { AssistantAnswer, AssistantContext, AssistantCitation, ContextArticle, ContextFaq, SupportContext } from "../types"
import { coverage, keywords, sections, truncate, wordBag, type WordBag } from "../utils/text"

/** Longest extract taken from one article (characters). */
const EXTRACT_MAX = 700
/** A second article is cited too when it scores at least this share of the first, and at least SECOND_ARTICLE_MIN. */
const SECOND_ARTICLE_RATIO = 0.85
const SECOND_ARTICLE_MIN = 0.6

export type ScoredArticle = { article: ContextArticle; score: number }
export type ScoredFaq = { faq: ContextFaq; score: number }

const articleBags = (a: ContextArticle) => ({
  strong: wordBag(`${a.title} ${(a.tags ?? []).join(" ")}`),
  weak: wordBag(`${a.excerpt ?? ""} ${a.body}`),
})

/**
 * The articles scored for the question, best first. The order is the
 * help-center search ranking (Postgres full text); the score is how much of
 * the question the article covers: each keyword found in its title or tags
 * counts 1, found only in its excerpt or body 0.6, divided by the number of
 * keywords. That score is the offline assistant's confidence.
 */
export function scoreArticles(message: string, articles: ContextArticle[]): ScoredArticle[] {
  const terms = keywords(message)
  return articles
    .map((article, index) => {
      const { strong, weak } = articleBags(article)
      // the search's own order breaks ties (and nudges: 2% less per place)
      return { article, score: coverage(terms, strong, weak) * (1 - Math.min(index, 5) * 0.02) }
    })
    .sort((a, b) => b.score - a.score)
}

/** FAQs scored like articles (question words count 1, answer words 0.6). */
export function scoreFaqs(message: string, faqs: ContextFaq[]): ScoredFaq[] {
  const terms = keywords(message)
  return faqs
    .map((faq) => ({ faq, score: coverage(terms, wordBag(faq.question), wordBag(faq.answer)) }))
    .filter((f) => f.score > 0)
    .sort((a, b) => b.score - a.score)
}

/** The article section that best answers the question, as plain text. */
export function extract(message: string, article: ContextArticle): string {
  const terms = keywords(message)
  const parts = sections(article.body)
  let best: { text: string; score: number } | null = null
  for (const section of parts) {
    const text = [section.heading ? `${section.heading}:` : null, ...section.blocks].filter(Boolean).join("\n")
    const headingBag: WordBag = wordBag(section.heading ?? "")
    const score = coverage(terms, headingBag, wordBag(text), 0.6)
    if (!best || score > best.score) {
      best = { text, score }
    }
  }
  const lead = article.excerpt?.trim() || ""
  const body = best && best.score > 0 ? best.text : parts[0]?.blocks[0] ?? ""
  return truncate([lead, body].filter(Boolean).join("\n\n"), EXTRACT_MAX)
}

export const HANDOVER_TEXT: Record<"requested" | "low_confidence" | "unhelpful", string> = {
  requested:
    "Of course. I'm handing you over to a member of our team: a person will take over this conversation shortly.",
  low_confidence:
    "I'm not sure I have a good answer to that, so I'm handing you over to a member of our team: a person will take over this conversation shortly.",
  unhelpful:
    "Sorry my answers haven't helped. I'm handing you over to a member of our team: a person will take over this conversation shortly.",
}

/**
 * What a guest reads instead of HANDOVER_TEXT: a guest can't chat with a person, so never
 * "a person will take over". Inside chat hours: sign in to chat with a person; outside them:
 * the hours and the contact page.
 */
export function guestHandoverText(support: SupportContext | null | undefined): string {
  const intro = "A person from our support team can help with this."
  if (support?.open) {
    return `${intro} Live chat with a person is for customers: sign in to chat with a person. You can also write to us through the contact page (/contact).`
  }
  if (support && !support.hours) {
    return `${intro} Write to us through the contact page (/contact) and we'll answer by email; customers can also sign in and open a support ticket.`
  }
  if (support) {
    return `${intro} Live chat is closed right now: people answer ${support.hours}. Write to us through the contact page (/contact) and we'll answer by email; customers can also sign in and open a support ticket.`
  }
  return `${intro} Live chat with a person is for customers: sign in to chat with a person, or write to us through the contact page (/contact).`
}

export const articleLink = (a: { title: string; handle: string }) => `"${a.title}" (/help/${a.handle})`

export const citationOf = (a: ContextArticle): AssistantCitation => ({ id: a.id, handle: a.handle, title: a.title })

/**
 * The offline assistant: answers from help-center search alone. The best
 * article's relevant section (plus its summary), the best FAQ when it fits
 * the question at least as well, a second article when it is nearly as
 * good; below `minConfidence` it hands over instead.
 */
export function offlineAnswer(message: string, context: AssistantContext, minConfidence: number): AssistantAnswer {
  const [top, second] = scoreArticles(message, context.articles)
  const [faq] = scoreFaqs(message, context.faqs)
  const confidence = Math.max(top?.score ?? 0, faq?.score ?? 0)

  if (confidence < minConfidence) {
    return {
      answer: HANDOVER_TEXT.low_confidence,
      citations: [],
      handover: true,
      handover_reason: "low_confidence",
      provider: "offline",
      confidence: round(confidence),
    }
  }

  const paragraphs: string[] = []
  const citations: AssistantCitation[] = []
  if (faq && faq.score >= minConfidence && faq.score >= (top?.score ?? 0)) {
    paragraphs.push(`${faq.faq.question}\n${inlineFaq(faq.faq.answer)}`)
  }
  if (top && top.score >= minConfidence) {
    paragraphs.push(extract(message, top.article))
    paragraphs.push(`More in ${articleLink(top.article)}.`)
    citations.push(citationOf(top.article))
    if (second && second.score >= Math.max(minConfidence, SECOND_ARTICLE_MIN) && second.score >= top.score * SECOND_ARTICLE_RATIO) {
      paragraphs.push(`See also ${articleLink(second.article)}.`)
      citations.push(citationOf(second.article))
    }
  }
  return {
    answer: paragraphs.join("\n\n"),
    citations,
    handover: false,
    handover_reason: null,
    provider: "offline",
    confidence: round(confidence),
  }
}

const inlineFaq = (markdown: string) =>
  sections(markdown)
    .flatMap((s) => s.blocks)
    .join("\n")

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100
