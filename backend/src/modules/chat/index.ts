import { Module } from "@medusajs/framework/utils"
import { CHAT_MODULE } from "./constants"
import ChatModuleService from "./service"

export { CHAT_MODULE }

export default Module(CHAT_MODULE, {
  service: ChatModuleService,
})
