import { contentRoute } from "@modules/content/templates/content-route"

const route = contentRoute("acceptable-use", "Acceptable Use Policy", "What you may and may not run on CloudServices infrastructure.")

export const generateMetadata = route.generateMetadata
export default route.Page
