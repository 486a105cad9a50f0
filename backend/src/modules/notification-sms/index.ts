import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmsNotificationProviderService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SmsNotificationProviderService],
})
