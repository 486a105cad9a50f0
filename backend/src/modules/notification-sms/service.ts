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

/** Sends Twilio's requests to another origin (a stub server in tests). */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string) {
    super()
  }

  request<TData>(opts: TwilioRequestOptions<TData>) {
    const uri = opts.uri.replace(/^https:\/\/[^/]+/, this.baseUrl.replace(/\/$/, ""))
    return super.request<TData>({ ...opts, uri })
  }
}

/**
 * SMS for channel "sms" notifications: the local transport simulates
 * delivery (the notification log is the record), Twilio sends for real.
 */
class SmsNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-sms"
  protected readonly logger_: Logger
  protected readonly options_: SmsProviderOptions
  protected client_: ReturnType<typeof twilio> | null = null

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
    this.client_ ??= twilio(config.accountSid, config.authToken, {
      httpClient: config.baseUrl ? new RebasedRequestClient(config.baseUrl) : undefined,
    })
    try {
      const message = await this.client_.messages.create({
        to: notification.to,
        from: config.from,
        body,
        statusCallback: config.statusCallbackUrl,
      })
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
