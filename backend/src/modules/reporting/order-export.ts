import { ORDER_PAID, ORDER_REFUNDED, ORDER_TOTAL, SUMMARY_JOIN, toNumber, type Row } from "./sql"
import type { OrderExportFilters, OrderExportRow } from "./types"

// The orders export (CSV of the admin orders list): its filters as SQL, the
// cursor's query and the shape of one exported row.

/** The cursor over the orders matching `where`, oldest first. */
export function orderExportCursorSql(where: string) {
  return `DECLARE orders_export NO SCROLL CURSOR FOR
 SELECT o.id, o.display_id, o.created_at, CAST(o.status AS text) AS status, o.email, o.customer_id,
        o.region_id, r.name AS region_name, COALESCE(ba.country_code, sa.country_code) AS country_code,
        o.currency_code, COALESCE(items.units, 0) AS units,
        ${ORDER_TOTAL} AS total, ${ORDER_PAID} AS paid_total, ${ORDER_REFUNDED} AS refunded_total
   FROM "order" o
   ${SUMMARY_JOIN}
   LEFT JOIN region r ON r.id = o.region_id
   LEFT JOIN order_address ba ON ba.id = o.billing_address_id
   LEFT JOIN order_address sa ON sa.id = o.shipping_address_id
   LEFT JOIN LATERAL (
     SELECT sum(oi.quantity) AS units FROM order_item oi
      WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL) items ON true
  WHERE ${where}
  ORDER BY o.created_at, o.id`
}

/** One row of the cursor as the export answers it. */
export function toOrderExportRow(r: Row): OrderExportRow {
  return {
    id: String(r.id),
    display_id: r.display_id === null ? null : toNumber(r.display_id),
    created_at: new Date(r.created_at as string).toISOString(),
    status: String(r.status),
    email: (r.email as string | null) ?? null,
    customer_id: (r.customer_id as string | null) ?? null,
    region_id: (r.region_id as string | null) ?? null,
    region_name: (r.region_name as string | null) ?? null,
    country_code: (r.country_code as string | null) ?? null,
    currency_code: String(r.currency_code),
    units: toNumber(r.units),
    total: toNumber(r.total),
    paid_total: toNumber(r.paid_total),
    refunded_total: toNumber(r.refunded_total),
  }
}

/** SQL conditions for the orders export: the admin orders list's filters. */
export function orderExportWhere(filters: OrderExportFilters) {
  const where = [`o.deleted_at IS NULL`, `o.is_draft_order = false`]
  const bindings: Record<string, unknown> = {}
  const inList = (column: string, key: string, values?: string[]) => {
    if (values?.length) {
      bindings[key] = values
      where.push(`${column} = ANY(:${key})`)
    }
  }
  inList("o.id", "ids", filters.id)
  inList("CAST(o.status AS text)", "statuses", filters.status)
  inList("o.region_id", "region_ids", filters.region_id)
  inList("o.customer_id", "customer_ids", filters.customer_id)
  inList("o.sales_channel_id", "sales_channel_ids", filters.sales_channel_id)
  inList("o.currency_code", "currency_codes", filters.currency_code?.map((c) => c.toLowerCase()))
  const ops = { gte: ">=", gt: ">", lte: "<=", lt: "<" } as const
  for (const column of ["created_at", "updated_at"] as const) {
    for (const [op, sql] of Object.entries(ops) as [keyof typeof ops, string][]) {
      const value = filters[column]?.[op]
      if (value) {
        bindings[`${column}_${op}`] = value
        where.push(`o.${column} ${sql} :${column}_${op}`)
      }
    }
  }
  const q = filters.q?.trim()
  if (q) {
    bindings.q = q
    bindings.q_like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const conditions = [`o.email ILIKE :q_like`, `o.id = :q`, `o.custom_display_id ILIKE :q_like`]
    const number = q.replace(/^#/, "")
    if (/^\d{1,9}$/.test(number)) {
      bindings.q_number = Number(number)
      conditions.push(`o.display_id = :q_number`)
    }
    where.push(`(${conditions.join(" OR ")})`)
  }
  return { where: where.join(" AND "), bindings }
}
