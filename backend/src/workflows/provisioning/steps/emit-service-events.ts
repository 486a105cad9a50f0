import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** service.* events, `{ id }` = the service (last). */
export const emitServiceEventsStep = createStep(
  "emit-service-events",
  async (input: { events: { name: string; id: string }[] }, { container }) => {
    if (input.events.length) {
      await container.resolve(Modules.EVENT_BUS).emit(input.events.map((e) => ({ name: e.name, data: { id: e.id } })))
    }
    return new StepResponse(input.events.length)
  }
)
