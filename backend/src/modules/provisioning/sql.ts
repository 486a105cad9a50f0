import { MedusaError } from "@medusajs/framework/utils"
import type { ClaimedAction } from "./outcomes"
import type { ServiceActionName, ServiceActionStatus } from "./types"

// The raw SQL of the provisioning module: the atomic claim, the row locks and
// the paged "due" scans that Medusa's generated methods cannot express.

export type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, any>[]> }

export async function update(manager: Manager, table: string, id: string, columns: Record<string, unknown>) {
  const names = Object.keys(columns)
  await manager.execute(
    `UPDATE ${table} SET ${names.map((c) => `"${c}" = ?`).join(", ")}, updated_at = now() WHERE id = ?`,
    [...names.map((c) => jsonParam(columns[c])), id]
  )
}

/** Objects go to jsonb columns as JSON text; everything else as it is. */
function jsonParam(value: unknown) {
  return value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value
}

/** The action and its service, both rows locked FOR UPDATE until the transaction ends. */
export async function lockActionAndService(manager: Manager, actionId: string) {
  const [action] = await manager.execute(`SELECT * FROM service_action WHERE id = ? AND deleted_at IS NULL FOR UPDATE`, [actionId])
  if (!action) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service action with id: ${actionId} was not found`)
  }
  const [service] = await manager.execute(`SELECT * FROM service WHERE id = ? FOR UPDATE`, [action.service_id])
  return { action, service }
}

/** Whether another live service holds `ipv4`. */
export async function ipv4HeldElsewhere(manager: Manager, ipv4: string, serviceId: string): Promise<boolean> {
  const [holder] = await manager.execute(`SELECT id FROM service WHERE ipv4 = ? AND id <> ? AND deleted_at IS NULL`, [ipv4, serviceId])
  return !!holder
}

/**
 * Claims an action in one UPDATE … RETURNING (with the row's prior state, for
 * the compensation); null when another worker has it or it is not due.
 */
export async function claimActionRow(
  manager: Manager,
  id: string,
  asOf: Date,
  deadline: Date,
  force: boolean
): Promise<ClaimedAction | null> {
  const rows = await manager.execute(
    `WITH prev AS (
       SELECT id, status, attempts, next_attempt_at, started_at, finished_at, error
         FROM service_action WHERE id = ? AND deleted_at IS NULL FOR UPDATE
     )
     UPDATE service_action a
        SET status = 'running', attempts = a.attempts + 1, started_at = ?, finished_at = NULL,
            next_attempt_at = ?, updated_at = now()
       FROM prev
      WHERE a.id = prev.id
        AND ((prev.status = 'pending' AND (prev.next_attempt_at IS NULL OR prev.next_attempt_at <= ?))
          OR (prev.status = 'running' AND prev.next_attempt_at <= ?)
          OR (CAST(? AS boolean) AND prev.status = 'failed'))
     RETURNING a.id, a.service_id, a.action, a.attempts, prev.status AS prev_status, prev.attempts AS prev_attempts,
               prev.next_attempt_at AS prev_next_attempt_at, prev.started_at AS prev_started_at,
               prev.finished_at AS prev_finished_at, prev.error AS prev_error`,
    [id, asOf, deadline, asOf, asOf, force]
  )
  const row = rows[0]
  if (!row) {
    return null
  }
  return {
    id: String(row.id),
    service_id: String(row.service_id),
    action: row.action as ServiceActionName,
    attempts: Number(row.attempts),
    previous: {
      status: String(row.prev_status) as ServiceActionStatus,
      attempts: Number(row.prev_attempts),
      next_attempt_at: row.prev_next_attempt_at ?? null,
      started_at: row.prev_started_at ?? null,
      finished_at: row.prev_finished_at ?? null,
      error: row.prev_error ?? null,
    },
  }
}

/** Ids of actions due at `asOf` (waiting for a retry, or running past their deadline), paged by id. */
export async function dueActionIds(manager: Manager, asOf: Date, { after, limit }: { after?: string; limit: number }) {
  const rows = await manager.execute(
    `SELECT id FROM service_action
      WHERE deleted_at IS NULL AND status IN ('pending', 'running') AND next_attempt_at <= ?
        ${after ? "AND id > ?" : ""}
      ORDER BY id LIMIT ?`,
    after ? [asOf, after, limit] : [asOf, limit]
  )
  return rows.map((r) => String(r.id))
}

/** Ids of services whose retention is over at `asOf` and that still run, paged by id. */
export async function dueTerminationIds(manager: Manager, asOf: Date, { after, limit }: { after?: string; limit: number }) {
  const rows = await manager.execute(
    `SELECT id FROM service
      WHERE deleted_at IS NULL AND terminate_after <= ? AND status <> 'terminated'
        ${after ? "AND id > ?" : ""}
      ORDER BY id LIMIT ?`,
    after ? [asOf, after, limit] : [asOf, limit]
  )
  return rows.map((r) => String(r.id))
}
