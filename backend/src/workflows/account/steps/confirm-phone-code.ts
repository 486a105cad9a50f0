import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { consumeCode, phoneCodeKey } from "../../../lib/one-time-codes"
import { codeCache, codeSecret } from "../utils/identity"

const PHONE_REFUSALS = {
  missing: "No code was sent, or it was already used. Ask for a new code.",
  expired: "The code has expired. Ask for a new code.",
  wrong: "That code is not right. Check the latest SMS and try again.",
  locked: "Too many wrong codes. Ask for a new code.",
} as const

/** Checks the phone code (single use, 5 tries) and answers the number it proved. */
export const confirmPhoneCodeStep = createStep(
  "confirm-phone-code",
  async (input: { customer_id: string; code: string }, { container }) => {
    const check = await consumeCode(codeCache(container), phoneCodeKey(input.customer_id), input.code, input.customer_id, codeSecret(container))
    if (!check.ok) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, PHONE_REFUSALS[check.reason])
    }
    return new StepResponse({ phone: String(check.data?.phone) })
  }
)
