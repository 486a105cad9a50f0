import { model } from "@medusajs/framework/utils"

/**
 * One saved version of a message template an admin edited (append-only). The newest version of a
 * template is what the platform sends, unless it is a `reset`: then the built-in template is.
 */
const NotificationTemplateVersion = model
  .define("notification_template_version", {
    id: model.id({ prefix: "ntv" }).primaryKey(),
    // the template's name (welcome, order_confirmation, …)
    template: model.text().index("IDX_notification_template_version_template"),
    // 1, 2, 3… per template
    version: model.number(),
    // edit: an admin's text; revert: a copy of an older version; reset: back to the built-in template
    source: model.enum(["edit", "revert", "reset"]),
    // the older version a revert copied
    reverted_from: model.number().nullable(),
    // Handlebars sources (a reset keeps a copy of the built-in ones, for the history)
    subject: model.text().nullable(),
    html: model.text().nullable(),
    text: model.text(),
    // the admin user who saved it
    author_id: model.text().nullable(),
  })
  .indexes([{ name: "IDX_notification_template_version_unique", on: ["template", "version"], unique: true }])

export default NotificationTemplateVersion
