import { model } from "@medusajs/framework/utils"

/** A guide (markdown body), a download or a link (url) on the resources page. */
const Resource = model.define("resource", {
  id: model.id({ prefix: "res" }).primaryKey(),
  title: model.text(),
  handle: model.text().unique("IDX_resource_handle_unique"),
  kind: model.enum(["guide", "download", "link"]).index("IDX_resource_kind"),
  description: model.text().nullable(),
  // downloads and links: where it goes
  url: model.text().nullable(),
  // guides: markdown, rendered (and sanitised) to HTML when served
  body: model.text().nullable(),
  // lowest first on the resources page
  rank: model.number().default(0),
  status: model.enum(["draft", "published"]).default("draft").index("IDX_resource_status"),
})

export default Resource
