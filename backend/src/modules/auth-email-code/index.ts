import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { EmailCodeVerificationProvider } from "./service"

export default ModuleProvider(Modules.AUTH, {
  services: [EmailCodeVerificationProvider],
})
