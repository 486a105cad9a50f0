import { model } from "@medusajs/framework/utils"

/** A frequently asked question; listed by category, then rank (lowest first). */
const Faq = model.define("faq", {
  id: model.id({ prefix: "faq" }).primaryKey(),
  question: model.text(),
  // markdown; rendered (and sanitised) to HTML when served
  answer: model.text(),
  category: model.text().index("IDX_faq_category"),
  rank: model.number().default(0).index("IDX_faq_rank"),
  published: model.boolean().default(false).index("IDX_faq_published"),
})

export default Faq
