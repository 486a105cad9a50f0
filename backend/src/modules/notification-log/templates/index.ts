import { ACCOUNT_TEMPLATES } from "./account"
import { ORDER_TEMPLATES } from "./orders"
import { SUPPORT_TEMPLATES } from "./support"
import type { TemplateDefinition } from "./types"

export type { TemplateDefinition } from "./types"

/** Every template, in the order the admin lists them. */
export const TEMPLATES: TemplateDefinition[] = [...ACCOUNT_TEMPLATES, ...ORDER_TEMPLATES, ...SUPPORT_TEMPLATES]

export const TEMPLATE_BY_NAME = new Map(TEMPLATES.map((t) => [t.name, t]))
