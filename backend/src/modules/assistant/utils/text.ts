/**
 * Text helpers of the offline assistant: the question's keywords, how well a
 * text covers them, markdown to plain text, and the "I want a person" check.
 */

/** Words that say nothing about the topic (English stop words plus chat filler). */
const STOP_WORDS = new Set(
  (
    "a about above after again against all am an and any are aren't as at be because been before being below between " +
    "both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from " +
    "further had hadn't has hasn't have haven't having he her here hers herself him himself his how i i'd i'll i'm i've " +
    "if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other " +
    "ought our ours ourselves out over own same shan't she should shouldn't so some such than that that's the their " +
    "theirs them themselves then there there's these they this those through to too under until up very was wasn't we " +
    "were weren't what what's when where which while who whom why why's with won't would wouldn't you your yours " +
    "yourself yourselves " +
    // chat filler and generic verbs
    "hi hello hey hiya thanks thank please pls plz ok okay yes yeah just also still really much many need needs want " +
    "wants wanted like would know tell help question questions wondering possible possibly way ways get got getting " +
    "go going make made use using used thing things something anything everything someone anyone one ones now today " +
    "yesterday tomorrow again try tried trying able doesnt dont cant im ive id ill whats hows"
  ).split(/\s+/)
)

/** Lower-case word tokens (letters/digits, inner apostrophes and dots kept out). */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().normalize("NFKD").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []).map((t) =>
    t.replace(/'s$/, "")
  )
}

/** The question's distinct topic words, in order (at most 12). */
export function keywords(message: string): string[] {
  const seen = new Set<string>()
  for (const token of tokenize(message)) {
    if (token.length < 2 || STOP_WORDS.has(token) || /^\d+$/.test(token) || seen.has(token)) {
      continue
    }
    seen.add(token)
  }
  return [...seen].slice(0, 12)
}

/**
 * The help-center search query for a question: its keywords joined with
 * `or` (Postgres `websearch_to_tsquery` syntax), so an article matching some
 * of the words is found and ranked by how many and where.
 */
export function searchQuery(message: string): string {
  return keywords(message).join(" or ")
}

/**
 * Same word, cheaply: equal, or sharing a prefix as long as the shorter word
 * (at least 3 letters, at most 5 compared): renew ~ renewals, bill ~ billing,
 * key ~ keys. Not a stemmer; good enough to score coverage.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) {
    return true
  }
  const n = Math.min(a.length, b.length, 5)
  return n >= 3 && a.slice(0, n) === b.slice(0, n)
}

/** The words of a text, as a set for quick lookups, plus the list for prefix checks. */
export type WordBag = { set: Set<string>; list: string[] }

export function wordBag(text: string): WordBag {
  const set = new Set(tokenize(text))
  return { set, list: [...set] }
}

export function bagHas(bag: WordBag, word: string): boolean {
  return bag.set.has(word) || bag.list.some((w) => sameWord(w, word))
}

/**
 * Share (0..1) of `terms` a text covers: a term found in `strong` (title,
 * tags, question) counts 1, one found only in `weak` (body) counts `weakWeight`.
 */
export function coverage(terms: string[], strong: WordBag, weak?: WordBag, weakWeight = 0.6): number {
  if (!terms.length) {
    return 0
  }
  let score = 0
  for (const term of terms) {
    if (bagHas(strong, term)) {
      score += 1
    } else if (weak && bagHas(weak, term)) {
      score += weakWeight
    }
  }
  return score / terms.length
}

/** Markdown inline syntax to plain text (links keep their text, code its content). */
export function inlinePlain(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/<[^>]+>/g, "")
    .replace(/[ \t]+/g, " ")
    .trim()
}

/** A markdown body split into sections: the text under each heading. */
export type Section = { heading: string | null; blocks: string[] }

/**
 * Splits markdown into sections (by `#` headings) of plain-text blocks
 * (paragraphs, list items joined by new lines, code kept verbatim).
 */
export function sections(markdown: string): Section[] {
  const result: Section[] = [{ heading: null, blocks: [] }]
  const lines = markdown.replace(/\r\n/g, "\n").split("\n")
  let paragraph: string[] = []
  let code: string[] | null = null
  const flush = () => {
    if (paragraph.length) {
      result[result.length - 1].blocks.push(paragraph.join("\n"))
      paragraph = []
    }
  }
  for (const line of lines) {
    if (code) {
      if (/^\s*```/.test(line)) {
        result[result.length - 1].blocks.push(code.join("\n"))
        code = null
      } else {
        code.push(line)
      }
      continue
    }
    if (/^\s*```/.test(line)) {
      flush()
      code = []
      continue
    }
    const heading = line.match(/^\s{0,3}#{1,6}\s+(.*)$/)
    if (heading) {
      flush()
      result.push({ heading: inlinePlain(heading[1]), blocks: [] })
      continue
    }
    if (!line.trim()) {
      flush()
      continue
    }
    const item = line.match(/^\s*(?:[-*+]|\d+[.)])\s+(.*)$/)
    paragraph.push(item ? `- ${inlinePlain(item[1])}` : inlinePlain(line))
  }
  flush()
  if (code) {
    result[result.length - 1].blocks.push((code as string[]).join("\n"))
  }
  return result.filter((s) => s.blocks.length || s.heading)
}

/** Cuts text at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) {
    return text
  }
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(" ")
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/**
 * Phrases with which a customer asks for a person rather than the bot. Kept
 * specific so topic words don't trigger it ("ssh-agent", "add a person to
 * my account" are questions, not requests).
 */
const PERSON = "(?:human(?: being)?|person|people|agent|someone|somebody|anyone|anybody|representative|rep|operator|staff|support(?: team| staff| agent| person)?|team member|member of (?:your |the )?(?:staff|team|support)|employee|man|woman)"
const HANDOVER_PATTERNS: RegExp[] = [
  /\bhumans?\b/,
  /\b(?:real|live|actual)\s+(?:person|people|agent|human|support|operator|representative|chat)\b/,
  new RegExp(`\\b(?:talk|speak|chat|connect|communicate)\\s+(?:to|with)\\s+(?:a |an |the |your |some |one of your |real |live )*${PERSON}\\b`),
  new RegExp(`\\b(?:connect|transfer|put|pass|forward|escalate|hand)\\s+(?:me|this|it)\\s+(?:over\\s+)?(?:through\\s+)?(?:to|with)\\s+(?:a |an |the |your |some |real |live )*${PERSON}\\b`),
  new RegExp(`\\b(?:want|need|request|get me|give me|let me have)\\s+(?:to\\s+(?:talk|speak|chat)\\s+(?:to|with)\\s+)?(?:a |an |the |your |some |real |live )+(?:human|person|agent|representative|operator|staff member|support agent|team member)\\b`),
  /\b(?:customer (?:service|support|care)|support) (?:agent|representative|rep|person|staff|team member)\b/,
  /\b(?:representative|operator)\b/,
  /\bsupport staff\b/,
  /\b(?:hand ?over|escalate)\b/,
  /\b(?:not|no) (?:a |the )?(?:bot|robot|machine|ai)\b/,
  /\bstop (?:the )?(?:bot|robot)\b/,
]

/** True when the message asks for a person. */
export function asksForPerson(message: string): boolean {
  const text = message.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ")
  return HANDOVER_PATTERNS.some((re) => re.test(text))
}
