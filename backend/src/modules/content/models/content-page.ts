import { model } from "@medusajs/framework/utils"

/** A company or legal page (about, terms, privacy, acceptable-use, sla), in markdown. */
const ContentPage = model.define("content_page", {
  id: model.id({ prefix: "page" }).primaryKey(),
  // the URL slug: /about, /legal/<handle>
  handle: model.text().unique("IDX_content_page_handle_unique"),
  title: model.text(),
  // markdown; rendered (and sanitised) to HTML when served
  body: model.text(),
  // "Last updated" on the page; the Terms' date is the version a checkout accepts
  content_updated_at: model.dateTime(),
  status: model.enum(["draft", "published"]).default("draft").index("IDX_content_page_status"),
})

export default ContentPage
