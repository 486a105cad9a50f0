import SiteLayout from "@modules/layout/templates/site-layout"

// Account pages are the signed-in customer's own: rendered per request, never cached.
export const dynamic = "force-dynamic"

export default SiteLayout
