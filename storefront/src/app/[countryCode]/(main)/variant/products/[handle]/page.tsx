import ProductPage, { generateMetadata } from "../../../products/[handle]/product-page"

/**
 * The query variants of /[countryCode]/products/[handle] (search, filters, paging, a preselected plan),
 * rendered per request; the middleware rewrites them here so the plain page stays cached.
 */
export const dynamic = "force-dynamic"

export { generateMetadata }
export default ProductPage
