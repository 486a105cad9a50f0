import SiteLayout from "@modules/layout/templates/site-layout"

export default SiteLayout
