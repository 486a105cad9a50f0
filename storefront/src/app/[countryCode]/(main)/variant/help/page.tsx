import HelpPage, { generateMetadata } from "../../help/help-page"

/**
 * The query variants of /[countryCode]/help (search, filters, paging, a preselected plan),
 * rendered per request; the middleware rewrites them here so the plain page stays cached.
 */
export const dynamic = "force-dynamic"

export { generateMetadata }
export default HelpPage
