import { model } from "@medusajs/framework/utils"

/**
 * How support presents itself to customers, and when people answer live chat. One row (the
 * module's supportProfile() answers the defaults until an admin saves it).
 */
const SupportProfile = model.define("support_profile", {
  id: model.id({ prefix: "supp" }).primaryKey(),
  // shown to customers on support's ticket replies and chat messages ("Alex from CloudServices")
  display_name: model.text().nullable(),
  // an https image URL shown beside those messages
  avatar_url: model.text().nullable(),
  // IANA time zone the chat hours are in ("Europe/Berlin", "UTC")
  timezone: model.text().default("UTC"),
  // the weekdays people answer chat, 0 = Sunday … 6 = Saturday
  days: model.json<number[]>(),
  // "HH:MM" in the time zone; closes_at may be "24:00"
  opens_at: model.text().default("08:00"),
  closes_at: model.text().default("20:00"),
})

export default SupportProfile
