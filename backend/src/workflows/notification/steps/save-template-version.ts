import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type { TemplateSources } from "../../../modules/notification-log/renderer"
import type NotificationLogModuleService from "../../../modules/notification-log/service"

export type SaveTemplateVersionInput = {
  template: string
  /** edit: the given sources; revert: a copy of `version`; reset: back to the built-in template */
  action: "edit" | "revert" | "reset"
  subject?: string | null
  html?: string | null
  text?: string
  version?: number
  author_id?: string | null
}

/**
 * Appends the template's next version (versions are never changed or removed): an admin's edit,
 * a copy of an older version, or a reset to the built-in template. Refuses an unknown template
 * (404), an unknown version (404), an email without a subject, sources Handlebars can't render
 * with the template's sample data, and a reset of a template that is not edited (400).
 * Compensation deletes the version it added.
 */
export const saveTemplateVersionStep = createStep(
  "save-notification-template-version",
  async (input: SaveTemplateVersionInput, { container }) => {
    const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
    const definition = log.renderer.definition(input.template)
    if (!definition) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Template ${input.template} was not found`)
    }
    const [latest] = await log.listNotificationTemplateVersions({ template: input.template }, { order: { version: "DESC" }, take: 1 })
    const email = definition.channel === "email"
    let sources: TemplateSources
    let revertedFrom: number | null = null
    if (input.action === "edit") {
      sources = { subject: email ? input.subject?.trim() || null : null, html: email ? input.html ?? null : null, text: input.text ?? "" }
      if (email && !sources.subject) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "An email template needs a subject")
      }
    } else if (input.action === "revert") {
      const [older] = await log.listNotificationTemplateVersions({ template: input.template, version: input.version })
      if (!older) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Version ${input.version} of template ${input.template} was not found`)
      }
      sources = { subject: older.subject ?? null, html: older.html ?? null, text: older.text }
      revertedFrom = older.version
    } else {
      if (!latest || latest.source === "reset") {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Template ${input.template} already uses the built-in text`)
      }
      sources = log.renderer.defaults(input.template)!
    }
    if (!sources.text.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The plain-text body can't be empty")
    }
    const problem = log.renderer.check(input.template, sources)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The template does not render: ${problem}`)
    }
    const version = await log.createNotificationTemplateVersions({
      template: input.template,
      version: (latest?.version ?? 0) + 1,
      source: input.action,
      reverted_from: revertedFrom,
      ...sources,
      author_id: input.author_id ?? null,
    })
    return new StepResponse(version, version.id)
  },
  async (id, { container }) => {
    if (id) {
      const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
      await log.deleteNotificationTemplateVersions(id)
    }
  }
)
