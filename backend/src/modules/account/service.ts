import { randomInt } from "node:crypto"
import { MedusaService } from "@medusajs/framework/utils"
import AccountProfile from "./models/account-profile"

/** No 0/O, 1/I/L: a shopper id read over the phone can't be misheard. */
const SHOPPER_ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

class AccountModuleService extends MedusaService({
  AccountProfile,
}) {
  /** A fresh shopper id like CS-7Q2K9M (uniqueness is enforced by the table). */
  generateShopperId(): string {
    let id = ""
    for (let i = 0; i < 6; i++) {
      id += SHOPPER_ID_ALPHABET[randomInt(SHOPPER_ID_ALPHABET.length)]
    }
    return `CS-${id}`
  }

  /** The customer's profile, created with a new shopper id when missing. */
  async ensureProfile(customerId: string) {
    const [existing] = await this.listAccountProfiles({ customer_id: customerId })
    if (existing) {
      return { profile: existing, created: false }
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const profile = await this.createAccountProfiles({
          customer_id: customerId,
          shopper_id: this.generateShopperId(),
        })
        return { profile, created: true }
      } catch (e) {
        const [raced] = await this.listAccountProfiles({ customer_id: customerId })
        if (raced) {
          return { profile: raced, created: false }
        }
        if (attempt >= 5) {
          throw e
        }
      }
    }
  }
}

export default AccountModuleService
