export const storeHelpArticleListFields = [
  "id",
  "title",
  "handle",
  "excerpt",
  "category",
  "tags",
  "updated_at",
]

export const storeHelpArticleFields = [
  ...storeHelpArticleListFields,
  "body",
  "helpful_count",
  "not_helpful_count",
  "created_at",
]

export const storeFaqFields = ["id", "question", "answer", "category", "rank", "updated_at"]

export const listHelpArticlesQueryConfig = { defaults: storeHelpArticleListFields, defaultLimit: 20, isList: true }
export const retrieveHelpArticleQueryConfig = { defaults: storeHelpArticleFields, isList: false }
export const listFaqsQueryConfig = { defaults: storeFaqFields, defaultLimit: 100, isList: true }
