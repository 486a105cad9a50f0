export const adminBlogPostListFields = [
  "id",
  "title",
  "handle",
  "excerpt",
  "author",
  "cover_image_url",
  "tags",
  "status",
  "published_at",
  "created_at",
  "updated_at",
]
export const adminBlogPostFields = [...adminBlogPostListFields, "body"]

export const adminResourceListFields = ["id", "title", "handle", "kind", "description", "url", "rank", "status", "created_at", "updated_at"]
export const adminResourceFields = [...adminResourceListFields, "body"]

export const adminContentPageListFields = ["id", "handle", "title", "status", "content_updated_at", "created_at", "updated_at"]
export const adminContentPageFields = [...adminContentPageListFields, "body"]

export const listAdminBlogPostsQueryConfig = { defaults: adminBlogPostListFields, defaultLimit: 20, isList: true }
export const retrieveAdminBlogPostQueryConfig = { defaults: adminBlogPostFields, isList: false }
export const listAdminResourcesQueryConfig = { defaults: adminResourceListFields, defaultLimit: 50, isList: true }
export const retrieveAdminResourceQueryConfig = { defaults: adminResourceFields, isList: false }
export const listAdminContentPagesQueryConfig = { defaults: adminContentPageListFields, defaultLimit: 50, isList: true }
export const retrieveAdminContentPageQueryConfig = { defaults: adminContentPageFields, isList: false }
