import type { Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { geminiAnswer } from "./adapters/gemini"
import { guestHandoverText, HANDOVER_TEXT, offlineAnswer } from "./adapters/offline"
import type { AssistantAnswer, AssistantContext, AssistantModuleOptions, AssistantQuestion } from "./types"
import { asksForPerson, searchQuery } from "./utils/text"

export const DEFAULT_GEMINI_MODEL = "gemini-2.5-flash"
export const DEFAULT_GEMINI_TIMEOUT_MS = 8000
/**
 * Offline confidence is the share of the question's keywords the best
 * article covers (title/tags 1, body 0.6 per keyword; see scoreArticles).
 * 0.4: e.g. two of three keywords found in an article's body, or one of
 * two in its title; below that the assistant hands over.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.4
/** After this many consecutive unhelpful answers the customer gets a person. */
export const UNHELPFUL_HANDOVER_COUNT = 2
export const MAX_MESSAGE_LENGTH = 2000

type InjectedDependencies = { logger: Logger }

/**
 * The support assistant. Answers a customer's question from context that
 * answerQuestionWorkflow gathers (help articles, FAQs, the customer's own
 * subscriptions and orders): with Gemini when a key is configured, from the
 * help-center search alone otherwise, and hands over to a person when asked,
 * when unsure, or after two unhelpful answers. Holds no data of its own.
 */
class AssistantModuleService {
  protected readonly logger_: Logger
  protected readonly options_: Required<Omit<AssistantModuleOptions, "geminiApiKey" | "geminiApiBase" | "rateLimit">> &
    Pick<AssistantModuleOptions, "geminiApiKey" | "geminiApiBase">
  /** questions per window per customer or address: counted in the `counters` module by the route's middleware */
  readonly rateLimit: { max: number; windowSeconds: number }

  constructor({ logger }: InjectedDependencies, options: AssistantModuleOptions = {}) {
    this.logger_ = logger
    const timeout = Number(options.geminiTimeoutMs)
    const min = Number(options.minConfidence)
    this.options_ = {
      geminiApiKey: options.geminiApiKey || undefined,
      geminiApiBase: options.geminiApiBase || undefined,
      geminiModel: options.geminiModel || DEFAULT_GEMINI_MODEL,
      geminiTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_GEMINI_TIMEOUT_MS,
      minConfidence: Number.isFinite(min) && min >= 0 && min <= 1 && options.minConfidence !== undefined ? min : DEFAULT_MIN_CONFIDENCE,
    }
    this.rateLimit = {
      max: Number(options.rateLimit?.max) > 0 ? Number(options.rateLimit?.max) : 20,
      windowSeconds: Number(options.rateLimit?.windowSeconds) > 0 ? Number(options.rateLimit?.windowSeconds) : 60,
    }
  }

  /** "gemini" when a key is configured, "offline" otherwise. */
  get provider(): "gemini" | "offline" {
    return this.options_.geminiApiKey ? "gemini" : "offline"
  }

  /** Whether answers use the customer's subscriptions and orders (only the Gemini prompt does). */
  usesCustomerContext(): boolean {
    return this.provider === "gemini"
  }

  /** The help-center search query for a question (its keywords, or-ed). */
  searchQuery(message: string): string {
    return searchQuery(this.normalizeMessage(message))
  }

  /**
   * Refuses an empty question. A longer one than MAX_MESSAGE_LENGTH is not
   * refused (a chat message may be longer): only its start is read.
   */
  validateQuestion(input: AssistantQuestion) {
    const message = typeof input?.message === "string" ? input.message.trim() : ""
    if (!message) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Write a question")
    }
  }

  /** The part of a message the assistant reads: trimmed, at most MAX_MESSAGE_LENGTH characters. */
  normalizeMessage(message: string): string {
    return message.trim().slice(0, MAX_MESSAGE_LENGTH).trim()
  }

  /**
   * Answers one question. Handover comes first: the customer asked for a
   * person (`requested`), or already marked two answers unhelpful
   * (`unhelpful`); neither calls a provider. Otherwise Gemini answers when
   * configured, falling back to the offline answer (logged) on a timeout,
   * an error or a reply it can't use; an answer below the confidence
   * threshold hands over (`low_confidence`). A guest's handover says how to reach a person
   * (sign in inside chat hours; the hours and the contact page outside them).
   */
  async answer(input: AssistantQuestion, context: AssistantContext): Promise<AssistantAnswer> {
    const answer = await this.answerAnyone(input, context)
    // a guest can't be handed to a person: tell them how to reach one instead
    return answer.handover && !input.customer_id ? { ...answer, answer: guestHandoverText(context.support) } : answer
  }

  protected async answerAnyone(input: AssistantQuestion, context: AssistantContext): Promise<AssistantAnswer> {
    this.validateQuestion(input)
    const message = this.normalizeMessage(input.message)
    if (asksForPerson(message)) {
      return this.handover("requested")
    }
    if ((input.unhelpful_count ?? 0) >= UNHELPFUL_HANDOVER_COUNT) {
      return this.handover("unhelpful")
    }
    const offline = () => offlineAnswer(message, context, this.options_.minConfidence)
    const { geminiApiKey } = this.options_
    if (!geminiApiKey) {
      return offline()
    }
    const started = Date.now()
    try {
      return await geminiAnswer(message, context, {
        apiKey: geminiApiKey,
        model: this.options_.geminiModel,
        baseUrl: this.options_.geminiApiBase,
        timeoutMs: this.options_.geminiTimeoutMs,
      })
    } catch (e) {
      this.logger_.warn(
        `Assistant: Gemini (${this.options_.geminiModel}) failed after ${Date.now() - started} ms` +
          `${input.customer_id ? ` for customer ${input.customer_id}` : ""}; answering offline. ${describe(e)}`
      )
      return offline()
    }
  }

  protected handover(reason: "requested" | "unhelpful"): AssistantAnswer {
    return {
      answer: HANDOVER_TEXT[reason],
      citations: [],
      handover: true,
      handover_reason: reason,
      provider: "offline",
      confidence: 0,
    }
  }
}

const describe = (e: unknown) => {
  const err = e as { name?: string; message?: string; status?: number }
  return `${err?.name ?? "Error"}${err?.status ? ` (HTTP ${err.status})` : ""}: ${String(err?.message ?? e).slice(0, 300)}`
}

export default AssistantModuleService
