import { IMPERSONATION_MODULE } from "../../../modules/impersonation"
import type ImpersonationModuleService from "../../../modules/impersonation/service"

export const impersonationService = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(IMPERSONATION_MODULE) as ImpersonationModuleService
