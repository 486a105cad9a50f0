import { model } from "@medusajs/framework/utils"
import Service from "./service"

/**
 * One thing asked of a service's provider (a log entry that is also a work
 * item): the job retries it with backoff until it succeeds or runs out of
 * attempts. The dedupe key makes one lifecycle transition one action, however
 * often the event or the job that asks for it runs.
 */
const ServiceAction = model.define("service_action", {
  id: model.id({ prefix: "svcact" }).primaryKey(),
  service: model.belongsTo(() => Service, { mappedBy: "actions" }),
  // what the provider is asked to do
  action: model.enum(["provision", "suspend", "unsuspend", "terminate", "reboot", "reinstall"]),
  // pending: waiting for its (next) attempt; running: with the provider (a webhook waits for its callback)
  status: model.enum(["pending", "running", "succeeded", "failed"]).default("pending").index("IDX_service_action_status"),
  // provider calls made so far
  attempts: model.number().default(0),
  // pending: when the next attempt is due; running: when the attempt counts as lost and is retried
  next_attempt_at: model.dateTime().index("IDX_service_action_next_attempt_at").nullable(),
  // the last failure, as the provider or the transport reported it
  error: model.text().nullable(),
  // one action per transition, e.g. activate:<subscription id>, suspend:<subscription id>:<suspended at>
  dedupe_key: model.text().unique("IDX_service_action_dedupe_key_unique"),
  // who asked: the lifecycle (system), the customer or an admin, and their id
  requested_by: model.enum(["system", "customer", "admin"]).default("system"),
  requested_by_id: model.text().nullable(),
  started_at: model.dateTime().nullable(),
  finished_at: model.dateTime().nullable(),
  // what the provider needs (service_config, os to reinstall) and what it answered; never a password
  data: model.json().nullable(),
})

export default ServiceAction
