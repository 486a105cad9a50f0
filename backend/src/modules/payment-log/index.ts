import { Module } from "@medusajs/framework/utils"
import PaymentLogModuleService from "./service"

/** Failed and cancelled gateway payments (see models/payment-failure.ts). */
export const PAYMENT_LOG_MODULE = "payment_log"

export default Module(PAYMENT_LOG_MODULE, {
  service: PaymentLogModuleService,
})
