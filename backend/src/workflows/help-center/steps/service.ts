import { HELP_CENTER_MODULE } from "../../../modules/help-center"
import type HelpCenterModuleService from "../../../modules/help-center/service"

export const helpCenterService = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(HELP_CENTER_MODULE) as HelpCenterModuleService
