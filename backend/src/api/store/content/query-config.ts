export const storeBlogPostListFields = ["id", "title", "handle", "excerpt", "author", "cover_image_url", "tags", "published_at", "updated_at"]
export const storeBlogPostFields = [...storeBlogPostListFields, "body"]

export const storeResourceListFields = ["id", "title", "handle", "kind", "description", "url", "rank", "updated_at"]
export const storeResourceFields = [...storeResourceListFields, "body"]

export const storeContentPageListFields = ["id", "handle", "title", "content_updated_at"]
export const storeContentPageFields = [...storeContentPageListFields, "body"]

export const listBlogPostsQueryConfig = { defaults: storeBlogPostListFields, defaultLimit: 10, isList: true }
export const retrieveBlogPostQueryConfig = { defaults: storeBlogPostFields, isList: false }
export const listResourcesQueryConfig = { defaults: storeResourceListFields, defaultLimit: 50, isList: true }
export const retrieveResourceQueryConfig = { defaults: storeResourceFields, isList: false }
export const listContentPagesQueryConfig = { defaults: storeContentPageListFields, defaultLimit: 50, isList: true }
export const retrieveContentPageQueryConfig = { defaults: storeContentPageFields, isList: false }
