import { contentRoute } from "@modules/content/templates/content-route"

const route = contentRoute("about", "About CloudServices", "Who runs CloudServices, where our data centers are and how to reach us.", { withCompany: true })

export const generateMetadata = route.generateMetadata
export default route.Page
