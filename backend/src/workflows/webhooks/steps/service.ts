import { WEBHOOKS_MODULE } from "../../../modules/webhooks"
import type WebhooksModuleService from "../../../modules/webhooks/service"

export const webhooksService = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(WEBHOOKS_MODULE) as WebhooksModuleService
