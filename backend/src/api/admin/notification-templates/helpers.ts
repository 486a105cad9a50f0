import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"

export const notificationLog = (scope: MedusaContainer) => scope.resolve<NotificationLogModuleService>(NOTIFICATION_LOG_MODULE)

/**
 * One template for the editor: its built-in sources, the ones sent now (the current edited
 * version, or the built-in ones) and every saved version, newest first.
 */
export async function fetchNotificationTemplate(scope: MedusaContainer, name: string) {
  const log = notificationLog(scope)
  const definition = log.renderer.definition(name)
  if (!definition) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Template ${name} was not found`)
  }
  const defaults = log.renderer.defaults(name)!
  const versions = await log.listNotificationTemplateVersions({ template: name }, { order: { version: "DESC" } })
  const current = (await log.currentTemplateVersions([name])).get(name) ?? null
  return {
    template: {
      name: definition.name,
      channel: definition.channel,
      label: definition.label,
      description: definition.description,
      // the version sent now; null: the built-in text
      version: current?.version ?? null,
      edited: !!current,
      current: current ? { subject: current.subject, html: current.html, text: current.text } : defaults,
      default: defaults,
      // names the sample data offers, for the editor's hints
      sample: definition.sample,
    },
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      source: v.source,
      reverted_from: v.reverted_from ?? null,
      subject: v.subject ?? null,
      html: v.html ?? null,
      text: v.text,
      author_id: v.author_id ?? null,
      created_at: v.created_at,
    })),
  }
}
