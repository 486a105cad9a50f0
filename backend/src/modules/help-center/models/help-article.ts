import { model } from "@medusajs/framework/utils"

/**
 * A help-center article, written in markdown. Full-text search reads a
 * generated `search_vector` column (title A, tags B, body C) that the
 * migration adds by hand: models cannot declare generated columns.
 */
const HelpArticle = model.define("help_article", {
  id: model.id({ prefix: "hart" }).primaryKey(),
  title: model.text(),
  // the URL slug: /help/<handle>
  handle: model.text().unique("IDX_help_article_handle_unique"),
  // markdown; rendered (and sanitised) to HTML when served
  body: model.text(),
  excerpt: model.text().nullable(),
  category: model.text().index("IDX_help_article_category"),
  // a JSON array of lower-case words, e.g. ["ssh", "keys"]
  tags: model.json<string[]>().nullable(),
  published: model.boolean().default(false).index("IDX_help_article_published"),
  helpful_count: model.number().default(0),
  not_helpful_count: model.number().default(0),
})

export default HelpArticle
