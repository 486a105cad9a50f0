import type { Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { isIPv4, isIPv6 } from "node:net"
import { Webhook } from "standardwebhooks"
import {
  AbstractProvisioningProvider,
  type ProviderActionInput,
  type ProviderActionResult,
  type ProviderCallback,
  type ProviderServiceUpdate,
} from "../../lib/provisioning-provider"

export type WebhookProviderOptions = {
  /** the operator's endpoint every action is POSTed to (PROVISIONING_WEBHOOK_URL) */
  url: string
  /** Standard Webhooks secret, "whsec_<base64>" (PROVISIONING_WEBHOOK_SECRET): signs requests, verifies callbacks */
  secret: string
  /** where the operator reports results: POST /hooks/provisioning/<provider id> */
  callbackUrl?: string
  /** how long one request may take */
  timeoutMs?: number
}

const REPORTED = ["ipv4", "ipv6", "hostname", "os", "root_password", "ssh_key_fingerprint", "external_id"] as const

/**
 * For operators with their own platform. Each action is one signed Standard
 * Webhooks request (`webhook-id` = the action id, the same for every retry of
 * it, so the platform can deduplicate; `webhook-timestamp`;
 * `webhook-signature`) with body
 * `{ type: "provisioning.<action>", timestamp, data: { action_id, action, attempt, service, options, callback_url } }`.
 *
 * The platform answers 2xx at once and reports the result later, signed with
 * the same secret, to `POST /hooks/provisioning/webhook`:
 * `{ action_id, status: "succeeded" | "failed", error?, service: { ipv4?, ipv6?, hostname?, root_password?, external_id? } }`
 * — or answers `{ status: "succeeded", service }` / `{ status: "failed", error }`
 * right away. A non-2xx answer or a timeout is a failed attempt: the module
 * retries it with backoff.
 */
class WebhookProvisioningProvider extends AbstractProvisioningProvider {
  static identifier = "provisioning-webhook"
  protected readonly logger_: Logger
  protected readonly options_: WebhookProviderOptions
  protected readonly webhook_: Webhook

  static validateOptions(options: Record<string, unknown>) {
    const o = options as Partial<WebhookProviderOptions>
    if (!o.url || !/^https?:\/\//.test(o.url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The webhook provisioning provider needs `url` (PROVISIONING_WEBHOOK_URL)")
    }
    if (!o.secret) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The webhook provisioning provider needs `secret` (PROVISIONING_WEBHOOK_SECRET)")
    }
  }

  constructor({ logger }: { logger: Logger }, options: WebhookProviderOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
    this.webhook_ = new Webhook(options.secret)
  }

  provision(input: ProviderActionInput) {
    return this.send(input)
  }

  suspend(input: ProviderActionInput) {
    return this.send(input)
  }

  unsuspend(input: ProviderActionInput) {
    return this.send(input)
  }

  terminate(input: ProviderActionInput) {
    return this.send(input)
  }

  reboot(input: ProviderActionInput) {
    return this.send(input)
  }

  reinstall(input: ProviderActionInput) {
    return this.send(input)
  }

  /**
   * Checks a callback's signature and age (Standard Webhooks: five minutes'
   * tolerance) and reads it. Throws UNAUTHORIZED when it does not verify,
   * INVALID_DATA when a verified body is not a result.
   */
  verifyCallback(rawBody: string, headers: Record<string, string | undefined>): ProviderCallback {
    const signed = {
      "webhook-id": headers["webhook-id"] ?? "",
      "webhook-timestamp": headers["webhook-timestamp"] ?? "",
      "webhook-signature": headers["webhook-signature"] ?? "",
    }
    let body: Record<string, unknown>
    try {
      body = this.webhook_.verify(rawBody, signed) as Record<string, unknown>
    } catch (e) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, `The callback does not verify: ${(e as Error).message}`)
    }
    const status = body?.status
    if (typeof body?.action_id !== "string" || (status !== "succeeded" && status !== "failed")) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, 'A callback needs `action_id` and `status` ("succeeded" or "failed")')
    }
    return {
      id: signed["webhook-id"],
      action_id: body.action_id,
      status,
      error: typeof body.error === "string" ? body.error.slice(0, 500) : null,
      service: reported(body.service),
    }
  }

  protected async send(input: ProviderActionInput): Promise<ProviderActionResult> {
    const now = new Date()
    const body = JSON.stringify({
      type: `provisioning.${input.action}`,
      timestamp: now.toISOString(),
      data: {
        action_id: input.action_id,
        action: input.action,
        attempt: input.attempt,
        service: input.service,
        options: input.data,
        callback_url: this.options_.callbackUrl ?? null,
      },
    })
    let response: Response
    try {
      response = await fetch(this.options_.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "webhook-id": input.action_id,
          "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
          "webhook-signature": this.webhook_.sign(input.action_id, now, body),
        },
        body,
        signal: AbortSignal.timeout(this.options_.timeoutMs ?? 10_000),
      })
    } catch (e) {
      const reason = (e as Error).name === "TimeoutError" ? `no answer within ${this.options_.timeoutMs ?? 10_000} ms` : (e as Error).message
      throw new Error(`The provisioning platform could not be reached: ${reason}`)
    }
    const text = await response.text().catch(() => "")
    if (!response.ok) {
      throw new Error(`The provisioning platform answered ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}`)
    }
    this.logger_.info(`Webhook provisioning: ${input.action} of service ${input.service.id} accepted (${response.status}, action ${input.action_id})`)
    const answer = parse(text)
    if (answer?.status === "succeeded") {
      return { status: "succeeded", service: reported(answer.service) }
    }
    if (answer?.status === "failed") {
      throw new Error(typeof answer.error === "string" ? answer.error.slice(0, 500) : "The provisioning platform reported a failure")
    }
    return { status: "running", data: { accepted_status: response.status } }
  }
}

export default WebhookProvisioningProvider

function parse(text: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(text)
    return value && typeof value === "object" ? value : null
  } catch {
    return null
  }
}

/** The fields of a reported service that the module takes (strings only). */
function reported(value: unknown): ProviderServiceUpdate {
  const source = value && typeof value === "object" ? (value as Record<string, unknown>) : {}
  const out: ProviderServiceUpdate = {}
  for (const key of REPORTED) {
    const text = typeof source[key] === "string" ? (source[key] as string).trim() : ""
    if (!text || (key === "ipv4" && !isIPv4(text)) || (key === "ipv6" && !isIPv6(text))) {
      continue
    }
    out[key] = text.slice(0, 255)
  }
  return out
}
