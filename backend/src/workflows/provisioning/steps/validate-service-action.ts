import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { serviceOptionsOf } from "../../../lib/service-config"
import type { Requester, ServiceActionName } from "../../../modules/provisioning/types"
import { provisioningService } from "./service"

export type RunServiceActionInput = {
  /** the service, by its subscription (events, routes) or by its own id (the job) */
  subscription_id?: string
  service_id?: string
  action: ServiceActionName
  /**
   * lifecycle: follows a subscription transition; skipped (nothing written)
   * when it no longer applies. manual: a customer or an admin asked; refused
   * with the reason when it can't run.
   */
  mode: "lifecycle" | "manual"
  /** a customer's request only reaches their own subscriptions (404 otherwise) */
  customer_id?: string
  /** reinstall: the OS image (the current one when unset) */
  os?: string
  asOf: Date
} & Requester

/** What a run will do: which action under which dedupe key, and whether the service must be created first. */
export type ServiceActionPlan = {
  proceed: boolean
  action: ServiceActionName
  dedupe_key: string
  subscription_id: string
  service_id: string | null
  /** the service to create when there is none yet (provision) */
  create: {
    subscription_id: string
    order_id: string
    customer_id: string
    provider_id: string
    hostname: string | null
    location: string | null
    os: string | null
  } | null
  data: Record<string, unknown>
  requested_by: Requester["requested_by"]
  requested_by_id: string | null
}

type Sub = {
  id: string
  status: string
  customer_id: string
  order_id: string
  product_id: string
  suspended_at: string | Date | null
  expires_at: string | Date
  service_config: Record<string, unknown> | null
}

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : "none")

/**
 * Decides what a service action run does, before anything is written.
 * Lifecycle runs get a dedupe key derived from the transition they follow
 * (activation, this suspension, the suspension an unsuspension reverses, the
 * retention that ended), so replays map to the same action; they skip when
 * the subscription or the service has moved on. Manual runs are checked and
 * refused with a reason (one action in flight per service).
 */
export const validateServiceActionStep = createStep(
  "validate-service-action",
  async (input: RunServiceActionInput, { container }) => {
    const provisioning = provisioningService(container)
    const service = input.service_id
      ? await provisioning.retrieveService(input.service_id).catch(() => null)
      : input.subscription_id
        ? ((await provisioning.listServices({ subscription_id: input.subscription_id }))[0] ?? null)
        : null
    const subscriptionId = input.subscription_id ?? service?.subscription_id
    const sub = subscriptionId ? await loadSubscription(container, subscriptionId, input.customer_id) : null
    if (!sub) {
      if (input.mode === "manual") {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Subscription with id: ${subscriptionId ?? input.service_id} was not found`)
      }
      return new StepResponse(skip(input, subscriptionId ?? "", service?.id ?? null))
    }
    const product = await loadProduct(container, sub.product_id)
    const config = sub.service_config ?? {}
    const base: ServiceActionPlan = {
      proceed: true,
      action: input.action,
      dedupe_key: "",
      subscription_id: sub.id,
      service_id: service?.id ?? null,
      create: null,
      data: {},
      requested_by: input.requested_by,
      requested_by_id: input.requested_by_id ?? null,
    }
    const provisionPlan = (key: string): ServiceActionPlan => ({
      ...base,
      action: "provision",
      dedupe_key: key,
      create: service
        ? null
        : {
            subscription_id: sub.id,
            order_id: sub.order_id,
            customer_id: sub.customer_id,
            provider_id: provisioning.providerFor(product?.metadata),
            hostname: text(config.hostname) ?? text(config.domain),
            location: text(config.location),
            os: text(config.os),
          },
      data: { kind: product ? serviceOptionsOf(product).kind : "server", config },
    })

    if (input.mode === "lifecycle") {
      const status = service?.status
      switch (input.action) {
        case "provision":
          return new StepResponse(
            sub.status === "active" && (!service || status === "provisioning") ? provisionPlan(`activate:${sub.id}`) : skip(input, sub.id, service?.id ?? null)
          )
        case "suspend": {
          if (status !== "active" || !["suspended", "cancelled", "expired"].includes(sub.status)) {
            return new StepResponse(skip(input, sub.id, service?.id ?? null))
          }
          const key = sub.status === "suspended" ? `suspend:${sub.id}:${iso(sub.suspended_at)}` : `retire:${sub.id}:${sub.status}:${iso(sub.expires_at)}`
          return new StepResponse({ ...base, dedupe_key: key })
        }
        case "unsuspend": {
          if (sub.status !== "active" || !service || (status !== "suspended" && status !== "terminated")) {
            return new StepResponse(skip(input, sub.id, service?.id ?? null))
          }
          // reverses one suspension (or, once terminated, brings a new server up): that one's id keys it
          const [last] = await provisioning.listServiceActions(
            { service_id: service.id, action: status === "suspended" ? "suspend" : "terminate", status: "succeeded" },
            { select: ["id"], order: { finished_at: "DESC" }, take: 1 }
          )
          const reversed = last?.id ?? "none"
          return new StepResponse(status === "suspended" ? { ...base, dedupe_key: `unsuspend:${reversed}` } : provisionPlan(`reprovision:${reversed}`))
        }
        case "terminate": {
          const due = service?.terminate_after && new Date(service.terminate_after).getTime() <= new Date(input.asOf).getTime()
          if (!service || status === "terminated" || !due || !["cancelled", "expired"].includes(sub.status)) {
            return new StepResponse(skip(input, sub.id, service?.id ?? null))
          }
          return new StepResponse({ ...base, dedupe_key: `terminate:${service.id}:${iso(service.terminate_after)}` })
        }
        default:
          return new StepResponse(skip(input, sub.id, service?.id ?? null))
      }
    }

    // manual: a customer (reboot, reinstall of an active subscription) or an admin
    if (input.requested_by === "customer" && (!["reboot", "reinstall"].includes(input.action) || sub.status !== "active")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only an active subscription's server can be rebooted or reinstalled")
    }
    if (!service && input.action !== "provision") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This subscription has no service yet")
    }
    if (service && (await provisioning.hasActionInFlight(service.id))) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "Another action of this service is still in progress; try again when it has finished")
    }
    const status = service?.status
    const allowed: Record<ServiceActionName, boolean> = {
      provision: !service || ["provisioning", "failed", "terminated"].includes(status!),
      suspend: status === "active",
      unsuspend: status === "suspended",
      terminate: !!service && status !== "terminated",
      reboot: status === "active",
      reinstall: status === "active",
    }
    if (!allowed[input.action]) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${status ?? "missing"} service can't be asked to ${input.action}`)
    }
    const key = `${input.action}:${service?.id ?? sub.id}:${input.requested_by}:${generateEntityId(undefined, "req")}`
    if (input.action === "provision") {
      return new StepResponse(provisionPlan(key))
    }
    if (input.action === "reinstall") {
      const os = input.os ?? service!.os
      const images = product ? serviceOptionsOf(product).os_images.map((i) => i.code) : []
      if (!os || (images.length && !images.includes(os))) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Choose one of the images of this plan: ${images.join(", ") || "none"}`)
      }
      return new StepResponse({ ...base, dedupe_key: key, data: { os, ...(text(config.ssh_key) ? { ssh_key: config.ssh_key } : {}) } })
    }
    return new StepResponse({ ...base, dedupe_key: key })
  }
)

function skip(input: RunServiceActionInput, subscriptionId: string, serviceId: string | null): ServiceActionPlan {
  return {
    proceed: false,
    action: input.action,
    dedupe_key: "",
    subscription_id: subscriptionId,
    service_id: serviceId,
    create: null,
    data: {},
    requested_by: input.requested_by,
    requested_by_id: input.requested_by_id ?? null,
  }
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null
}

async function loadSubscription(container: MedusaContainer, id: string, customerId?: string): Promise<Sub | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "subscription",
    fields: ["id", "status", "customer_id", "order_id", "product_id", "suspended_at", "expires_at", "service_config"],
    filters: customerId ? { id, customer_id: customerId } : { id },
  })
  const sub: Sub | undefined = data[0]
  return sub ?? null
}

async function loadProduct(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "metadata", "categories.handle"], filters: { id } })
  return (data[0] as { title?: string | null; metadata?: Record<string, unknown> | null; categories?: { handle?: string | null }[] | null } | undefined) ?? null
}
