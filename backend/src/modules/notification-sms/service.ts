import { AsyncLocalStorage } from "node:async_hooks"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import twilio from "twilio"
import { permanentError } from "../../lib/provider-errors"

export type SmsProviderOptions = {
  transport: "local" | "twilio"
  twilio?: {
    accountSid: string
    authToken: string
    from: string
    /** Twilio's API origin; a local stub in tests */
    baseUrl?: string
    /** public URL Twilio posts delivery status to */
    statusCallbackUrl?: string
  }
}

type TwilioRequestOptions<TData> = import("twilio/lib/base/RequestClient").RequestOptions<TData>

/** The longest one call to Twilio may take, so an attempt ends well within its claim. */
const ATTEMPT_TIMEOUT_MS = 20_000

/**
 * Twilio's HTTP client with headers for the call in progress (the helper
 * library's `messages.create` takes none), optionally on another origin (a
 * stub server in tests).
 */
class SmsRequestClient extends twilio.RequestClient {
  readonly callHeaders = new AsyncLocalStorage<Record<string, string>>()

  constructor(private readonly baseUrl?: string) {
    super({ timeout: ATTEMPT_TIMEOUT_MS })
  }

  request<TData>(opts: TwilioRequestOptions<TData>) {
    const uri = this.baseUrl ? opts.uri.replace(/^https:\/\/[^/]+/, this.baseUrl.replace(/\/$/, "")) : opts.uri
    return super.request<TData>({ ...opts, uri, headers: { ...opts.headers, ...this.callHeaders.getStore() } })
  }
}

/**
 * SMS for channel "sms" notifications: the local transport simulates
 * delivery (the notification log is the record), Twilio sends for real.
 * Every attempt of one message sends the caller's stable key
 * (`provider_data.idempotency_key`) as Twilio's `I-Twilio-Idempotency-Token`.
 */
class SmsNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-sms"
  protected readonly logger_: Logger
  protected readonly options_: SmsProviderOptions
  protected client_: ReturnType<typeof twilio> | null = null
  protected http_: SmsRequestClient | null = null

  static validateOptions(options: Record<string, unknown>) {
    const o = options as Partial<SmsProviderOptions>
    if (o.transport === "twilio" && !(o.twilio?.accountSid && o.twilio.authToken && o.twilio.from)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "SMS_TRANSPORT=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM"
      )
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmsProviderOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const body = notification.content?.text ?? ""
    if (this.options_.transport !== "twilio") {
      this.logger_.info(`SMS (simulated) to ${notification.to}: ${body}`)
      return { id: `local:${crypto.randomUUID()}` }
    }
    const config = this.options_.twilio!
    this.http_ ??= new SmsRequestClient(config.baseUrl)
    this.client_ ??= twilio(config.accountSid, config.authToken, { httpClient: this.http_ })
    const key = notification.provider_data?.idempotency_key
    const headers: Record<string, string> = typeof key === "string" && key ? { "I-Twilio-Idempotency-Token": key } : {}
    try {
      const message = await this.http_.callHeaders.run(headers, () =>
        this.client_!.messages.create({
          to: notification.to,
          from: config.from,
          body,
          statusCallback: config.statusCallbackUrl,
        })
      )
      return { id: `twilio:${message.sid}` }
    } catch (e) {
      const err = e as Error & { status?: number }
      const detail = `Twilio${err.status ? ` ${err.status}` : ""}: ${err.message}`
      // 4xx (bad number, unverified sender…) will not pass on retry; 429/5xx/network may
      throw err.status && err.status >= 400 && err.status < 500 && err.status !== 429
        ? permanentError(detail)
        : new Error(detail)
    }
  }
}

export default SmsNotificationProviderService
