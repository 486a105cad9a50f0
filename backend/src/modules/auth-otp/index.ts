import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { EmailOtpMfaProvider, SmsOtpMfaProvider } from "./service"

export default ModuleProvider(Modules.AUTH, {
  services: [EmailOtpMfaProvider, SmsOtpMfaProvider],
})
