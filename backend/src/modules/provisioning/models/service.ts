import { model } from "@medusajs/framework/utils"
import ServiceAction from "./service-action"

/**
 * The running thing a subscription pays for (a server, a database, a domain),
 * as its provider reports it. One per subscription; its changes are
 * `service_action` rows.
 */
const Service = model
  .define("service", {
    id: model.id({ prefix: "svc" }).primaryKey(),
    subscription_id: model.text().unique("IDX_service_subscription_id_unique"),
    order_id: model.text().index("IDX_service_order_id"),
    customer_id: model.text().index("IDX_service_customer_id"),
    // the provider registered under this id in the module's options runs it ("local", "webhook", …)
    provider_id: model.text().default("local").index("IDX_service_provider_id"),
    status: model
      .enum(["provisioning", "active", "suspended", "terminated", "failed"])
      .default("provisioning")
      .index("IDX_service_status"),
    // unique among live services: the database decides who gets an address (terminate releases it)
    ipv4: model.text().unique("IDX_service_ipv4_unique").nullable(),
    ipv6: model.text().nullable(),
    hostname: model.text().nullable(),
    // codes chosen at purchase (line item metadata.service_config), e.g. "ashburn-us", "ubuntu-24.04"
    location: model.text().nullable(),
    os: model.text().nullable(),
    ssh_key_fingerprint: model.text().nullable(),
    // AES-256-GCM with the module's secret key ("v1:<iv>:<tag>:<ciphertext>", base64); never logged or emailed
    root_password_encrypted: model.text().nullable(),
    // the provider's own id for it (the operator's platform)
    external_id: model.text().index("IDX_service_external_id").nullable(),
    provisioned_at: model.dateTime().nullable(),
    suspended_at: model.dateTime().nullable(),
    terminated_at: model.dateTime().nullable(),
    // cancelled or expired: kept (stopped) until then, then terminated by the service-actions job
    terminate_after: model.dateTime().index("IDX_service_terminate_after").nullable(),
    actions: model.hasMany(() => ServiceAction, { mappedBy: "service" }),
  })
  .cascades({ delete: ["actions"] })

export default Service
