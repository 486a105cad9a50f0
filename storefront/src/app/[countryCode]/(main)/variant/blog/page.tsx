import BlogPage, { generateMetadata } from "../../blog/blog-page"

/**
 * The query variants of /[countryCode]/blog (search, filters, paging, a preselected plan),
 * rendered per request; the middleware rewrites them here so the plain page stays cached.
 */
export const dynamic = "force-dynamic"

export { generateMetadata }
export default BlogPage
