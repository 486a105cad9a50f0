import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { newCode, phoneCodeKey, storeCode } from "../../../lib/one-time-codes"
import { codeCache, codeSecret, countersService, maskPhone } from "../utils/identity"

/**
 * Issues a code to prove the customer holds a phone number (one per 30 s);
 * the workflow's event carries it to the SMS sender. Compensation withdraws it.
 */
export const issuePhoneCodeStep = createStep(
  "issue-phone-code",
  async (input: { customer_id: string; phone: string }, { container }) => {
    if (!(await countersService(container).claimOnce(`phone-send:${input.customer_id}`, 30))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A code was just sent. Wait 30 seconds before asking for another one.")
    }
    const code = newCode()
    const key = phoneCodeKey(input.customer_id)
    await storeCode(codeCache(container), key, code, input.customer_id, codeSecret(container), { phone: input.phone })
    return new StepResponse({ code, sent_to: maskPhone(input.phone) }, key)
  },
  async (key, { container }) => {
    if (key) {
      await codeCache(container).invalidate(key)
    }
  }
)
