import { ASSISTANT_MODULE } from "../../../modules/assistant"
import type AssistantModuleService from "../../../modules/assistant/service"

export const assistantService = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(ASSISTANT_MODULE) as AssistantModuleService
