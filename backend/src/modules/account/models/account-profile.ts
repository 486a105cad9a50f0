import { model } from "@medusajs/framework/utils"

/** What CloudServices keeps about a customer beyond Medusa's customer record. */
const AccountProfile = model
  .define("account_profile", {
    id: model.id({ prefix: "acct" }).primaryKey(),
    // Medusa customer this profile belongs to (one profile per customer)
    customer_id: model.text().unique("IDX_account_profile_customer_id_unique"),
    // human-friendly public id shown to the customer and searched by support, e.g. CS-7Q2K9M
    shopper_id: model.text().unique("IDX_account_profile_shopper_id_unique"),
  })

export default AccountProfile
