import Handlebars from "handlebars"
import { HTML_LAYOUT, TEXT_FOOTER } from "./templates/layout"
import { TEMPLATE_BY_NAME, TEMPLATES, type TemplateDefinition } from "./templates"

export type Branding = {
  name: string
  logo_url?: string
  primary_color: string
  accent_color: string
  footer_address: string
  storefront_url: string
  /** where the admin dashboard lives (password reset links for admins) */
  admin_url: string
}

export type RenderedMessage = {
  channel: "email" | "sms"
  subject: string | null
  html: string | null
  text: string
}

/**
 * Handlebars, because templates are data-in/text-out with no logic of their
 * own, the same engine renders HTML (escaped) and plain text/SMS (not
 * escaped), and templates compile once at start-up with no React runtime.
 */
export class TemplateRenderer {
  protected readonly html_: typeof Handlebars
  protected readonly text_: typeof Handlebars
  protected readonly compiled_ = new Map<string, { subject?: Handlebars.TemplateDelegate; html?: Handlebars.TemplateDelegate; text: Handlebars.TemplateDelegate }>()
  protected readonly layout_: Handlebars.TemplateDelegate
  protected readonly footer_: Handlebars.TemplateDelegate

  constructor(readonly brand: Branding) {
    this.html_ = Handlebars.create()
    this.text_ = Handlebars.create()
    for (const hb of [this.html_, this.text_]) {
      hb.registerHelper("money", (amount: unknown, currency: unknown) =>
        new Intl.NumberFormat("en", {
          style: "currency",
          currency: String(currency || "usd").toUpperCase(),
        }).format(Number(amount ?? 0))
      )
      hb.registerHelper("date", (value: unknown) =>
        value ? new Date(String(value)).toISOString().slice(0, 10) : ""
      )
      hb.registerHelper("eq", (a: unknown, b: unknown) => a === b)
    }
    this.layout_ = this.html_.compile(HTML_LAYOUT, { strict: false })
    this.footer_ = this.text_.compile(TEXT_FOOTER, { noEscape: true })
    for (const t of TEMPLATES) {
      this.compiled_.set(t.name, {
        subject: t.subject ? this.text_.compile(t.subject, { noEscape: true }) : undefined,
        html: t.html ? this.html_.compile(t.html) : undefined,
        text: this.text_.compile(t.text, { noEscape: true }),
      })
    }
  }

  has(name: string): boolean {
    return this.compiled_.has(name)
  }

  definition(name: string): TemplateDefinition | undefined {
    return TEMPLATE_BY_NAME.get(name)
  }

  list(): TemplateDefinition[] {
    return TEMPLATES
  }

  render(name: string, data: Record<string, unknown>): RenderedMessage {
    const template = this.compiled_.get(name)
    const def = TEMPLATE_BY_NAME.get(name)
    if (!template || !def) {
      throw new Error(`Unknown notification template: ${name}`)
    }
    const context = { ...data, brand: this.brand }
    const subject = template.subject ? template.subject(context).trim() : null
    const text = template.text(context)
    if (def.channel === "sms") {
      return { channel: "sms", subject: null, html: null, text: text.trim() }
    }
    const body = template.html ? template.html(context) : ""
    return {
      channel: "email",
      subject,
      html: this.layout_({ ...context, subject, body }),
      text: (text + this.footer_(context)).trim(),
    }
  }
}
