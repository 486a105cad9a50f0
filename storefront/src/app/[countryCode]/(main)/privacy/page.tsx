import { contentRoute } from "@modules/content/templates/content-route"

const route = contentRoute("privacy", "Privacy Policy", "What personal data CloudServices keeps, why, for how long and how to exercise your rights.")

export const generateMetadata = route.generateMetadata
export default route.Page
