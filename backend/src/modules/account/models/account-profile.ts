import { model } from "@medusajs/framework/utils"

/** What CloudServices keeps about a customer beyond Medusa's customer record. */
const AccountProfile = model
  .define("account_profile", {
    id: model.id({ prefix: "acct" }).primaryKey(),
    // Medusa customer this profile belongs to (one profile per customer)
    customer_id: model.text().unique("IDX_account_profile_customer_id_unique"),
    // human-friendly public id shown to the customer and searched by support, e.g. CS-7Q2K9M
    shopper_id: model.text().unique("IDX_account_profile_shopper_id_unique"),
    // active | suspended (by an admin: no login, no checkout) | deleted (anonymised by the customer)
    status: model.enum(["active", "suspended", "deleted"]).default("active").index("IDX_account_profile_status"),
    suspension_reason: model.text().nullable(),
    suspended_at: model.dateTime().nullable(),
    // set when the customer confirmed the emailed code (or support marked it verified)
    email_verified_at: model.dateTime().nullable(),
    // phone for SMS codes, E.164; verified by an SMS code before it can be a second factor
    phone: model.text().nullable(),
    phone_verified_at: model.dateTime().nullable(),
    password_changed_at: model.dateTime().nullable(),
    // unused recovery codes (Medusa stores them hashed; this is the count shown to people)
    recovery_codes_remaining: model.number().default(0),
    anonymized_at: model.dateTime().nullable(),
  })

export default AccountProfile
