export type TemplateDefinition = {
  name: string
  channel: "email" | "sms"
  label: string
  description: string
  /** Handlebars sources; `html` is the body put into the branded layout. */
  subject?: string
  html?: string
  text: string
  /** Data used for previews in the admin. */
  sample: Record<string, unknown>
}
