import { contentRoute } from "@modules/content/templates/content-route"

const route = contentRoute("sla", "Service Level Agreement", "CloudServices uptime commitments, how we measure them and the service credits you receive.")

export const generateMetadata = route.generateMetadata
export default route.Page
