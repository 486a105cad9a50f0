/** What the assistant answers (route body, chat bot messages). */
export type AssistantCitation = { id: string; handle: string; title: string }

export type HandoverReason = "requested" | "low_confidence" | "unhelpful"

export type AssistantAnswer = {
  /** text shown to the customer (plain text, light markdown) */
  answer: string
  /** the help articles the answer used */
  citations: AssistantCitation[]
  /** true: a person should take over; the answer says so */
  handover: boolean
  handover_reason: HandoverReason | null
  /** which adapter produced the answer ("offline" also when Gemini failed) */
  provider: "offline" | "gemini"
  /** 0..1 */
  confidence: number
}

export type AssistantQuestion = {
  message: string
  customer_id?: string | null
  /** consecutive bot answers the customer marked unhelpful so far */
  unhelpful_count?: number
}

/** A published help article found for the question, best match first. */
export type ContextArticle = {
  id: string
  handle: string
  title: string
  excerpt: string | null
  body: string
  category: string
  tags: string[]
  /** Postgres full-text rank from the help-center search */
  rank: number
}

export type ContextFaq = { id: string; question: string; answer: string; category: string }

/** The signed-in customer's own account data (Gemini prompt only). */
export type CustomerContext = {
  subscriptions: {
    id: string
    number: string
    product_title: string
    plan: string
    status: string
    billing: string
    expires_at: string
    auto_renew: boolean
  }[]
  orders: {
    id: string
    display_id: number | string
    created_at: string
    status: string
    total: string
    currency_code: string
    items: string[]
  }[]
}

/** Whether people answer live chat at the question's time (guests only: they are told how to reach one). */
export type SupportContext = {
  open: boolean
  /** "Monday to Friday, 08:00–20:00 UTC"; null when nobody answers chat on any day */
  hours: string | null
}

/** Everything an adapter may answer from; gathered by answerQuestionWorkflow. */
export type AssistantContext = {
  articles: ContextArticle[]
  faqs: ContextFaq[]
  customer: CustomerContext | null
  /** set for guests (no customer_id): support's chat hours and whether it is open now */
  support?: SupportContext | null
}

export type AssistantModuleOptions = {
  /** Gemini is used when set; the offline assistant otherwise */
  geminiApiKey?: string
  geminiModel?: string
  /** base URL of the Gemini API (a local stub in tests) */
  geminiApiBase?: string
  geminiTimeoutMs?: number
  /** answers below this confidence (0..1) hand over with reason low_confidence */
  minConfidence?: number
  /** requests per window per client address on POST /store/assistant/query */
  rateLimit?: { max?: number; windowSeconds?: number }
}
