import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { queueNotificationWorkflow } from "../../notification"
import { prepareServiceDeliveryStep } from "../steps"

/**
 * service.active: the order line of the service is fulfilled through
 * Medusa's fulfillment flow (no shipping: the admin shows the order
 * Fulfilled), then the customer gets the `service_ready` email with the
 * connection details (last: sending can't be undone; its key sends it once
 * per provisioning).
 */
export const deliverServiceWorkflow = createWorkflow("deliver-service", (input: { id: string }) => {
  const delivery = prepareServiceDeliveryStep(input)
  when("fulfill-service-order", { delivery }, ({ delivery }) => !!delivery.fulfillment).then(() => {
    createOrderFulfillmentWorkflow.runAsStep({ input: transform({ delivery }, ({ delivery }) => delivery.fulfillment!) })
  })
  when("queue-service-ready-email", { delivery }, ({ delivery }) => !!delivery.email).then(() => {
    queueNotificationWorkflow.runAsStep({ input: transform({ delivery }, ({ delivery }) => delivery.email!) })
  })
  return new WorkflowResponse(
    transform({ delivery }, ({ delivery }) => ({ fulfilled: !!delivery.fulfillment, emailed: !!delivery.email }))
  )
})
