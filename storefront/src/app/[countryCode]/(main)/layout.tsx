import SiteLayout from "@modules/layout/templates/site-layout"

// Every page reads the backend per request (prices depend on the region,
// the header on the visitor's cart); catalog fetches are still cached by tag.
export const dynamic = "force-dynamic"

export default SiteLayout
