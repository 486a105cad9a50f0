/**
 * The HTTP answers of the custom API (`/store/*`, `/admin/*`), defined once. Routes type what they
 * answer with them (`res: MedusaResponse<…Response>`); the admin (relative `import type`) and the
 * storefront (`import type … from "@cs/http-types"`) read them. Pure types: nothing here may import
 * runtime code, so importing them never pulls backend code into a bundle.
 */
export type * from "./common"
export type * from "./chats"
export type * from "./content"
export type * from "./help"
export type * from "./invoices"
export type * from "./notifications"
export type * from "./payments"
export type * from "./security"
export type * from "./services"
export type * from "./subscriptions"
export type * from "./support"
export type * from "./tickets"
