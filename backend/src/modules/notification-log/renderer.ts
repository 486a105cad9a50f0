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

/** A template's Handlebars sources (a built-in one's, or an admin's edited version). */
export type TemplateSources = { subject: string | null; html: string | null; text: string }

/** An edited version to render instead of the built-in template; `key` names it for the compile cache ("": an unsaved draft, not cached). */
export type TemplateOverride = TemplateSources & { key: string }

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
  /** compiled edited versions by key (versions never change once saved) */
  protected readonly overrides_ = new Map<string, { subject?: Handlebars.TemplateDelegate; html?: Handlebars.TemplateDelegate; text: Handlebars.TemplateDelegate }>()
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

  /** The built-in sources of a template. */
  defaults(name: string): TemplateSources | null {
    const def = TEMPLATE_BY_NAME.get(name)
    return def ? { subject: def.subject ?? null, html: def.html ?? null, text: def.text } : null
  }

  /**
   * Compiles sources as the renderer would and renders them with the template's sample data:
   * the first Handlebars error, or null when they work.
   */
  check(name: string, sources: TemplateSources): string | null {
    const def = TEMPLATE_BY_NAME.get(name)
    if (!def) {
      return `Unknown notification template: ${name}`
    }
    try {
      const compiled = this.compile_(sources)
      const context = { ...def.sample, brand: this.brand }
      compiled.subject?.(context)
      compiled.html?.(context)
      compiled.text(context)
      return null
    } catch (e) {
      return (e as Error).message.split("\n")[0]
    }
  }

  protected compile_(sources: TemplateSources) {
    return {
      subject: sources.subject ? this.text_.compile(sources.subject, { noEscape: true }) : undefined,
      html: sources.html ? this.html_.compile(sources.html) : undefined,
      text: this.text_.compile(sources.text, { noEscape: true }),
    }
  }

  /** Renders a template: its edited version when `override` is given, the built-in one otherwise. */
  render(name: string, data: Record<string, unknown>, override?: TemplateOverride | null): RenderedMessage {
    let template = this.compiled_.get(name)
    if (template && override) {
      template = (override.key && this.overrides_.get(override.key)) || this.compile_(override)
      if (override.key) this.overrides_.set(override.key, template)
    }
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
