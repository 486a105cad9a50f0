import { contentRoute } from "@modules/content/templates/content-route"

const route = contentRoute("terms", "Terms of Service", "The terms under which CloudServices sells and runs your servers, databases and other services.")

export const generateMetadata = route.generateMetadata
export default route.Page
