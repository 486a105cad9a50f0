export const adminHelpArticleListFields = [
  "id",
  "title",
  "handle",
  "excerpt",
  "category",
  "tags",
  "published",
  "helpful_count",
  "not_helpful_count",
  "created_at",
  "updated_at",
]
export const adminHelpArticleFields = [...adminHelpArticleListFields, "body"]

export const adminFaqFields = ["id", "question", "answer", "category", "rank", "published", "created_at", "updated_at"]

export const listAdminHelpArticlesQueryConfig = { defaults: adminHelpArticleListFields, defaultLimit: 20, isList: true }
export const retrieveAdminHelpArticleQueryConfig = { defaults: adminHelpArticleFields, isList: false }
export const listAdminFaqsQueryConfig = { defaults: adminFaqFields, defaultLimit: 100, isList: true }
export const retrieveAdminFaqQueryConfig = { defaults: adminFaqFields, isList: false }
