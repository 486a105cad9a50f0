import type { ReportRange } from "./types"

export type Row = Record<string, unknown>

/** Runs one read-only report query (ReportingModuleService.rows). */
export type RunQuery = (sql: string, bindings: Record<string, unknown>) => Promise<Row[]>

/*
 * Which of Medusa's columns the reports read
 * ------------------------------------------
 * An order's `total` (what `GET /admin/orders/:id` answers) is not a column: Medusa computes it
 * from items, tax lines, adjustments, shipping and credit lines, and stores the result per order
 * version in `order_summary.totals` (JSON). We read the summary row of the order's current
 * version (`order_summary.order_id = order.id AND order_summary.version = order.version`, index
 * IDX_order_summary_order_id_version):
 *   total    = totals.raw_current_order_total.value  (exact decimal string; the float
 *              totals.current_order_total as fallback)
 *   paid     = totals.raw_paid_total.value
 *   refunded = totals.raw_refunded_total.value      (kept current by Medusa on every refund)
 * Product figures come from the lines of that version: `order_item` (quantity, returned
 * quantities, unit_price override) joined to `order_line_item` (product, unit_price,
 * is_tax_inclusive), with `order_line_item_tax_line.rate` and `order_line_item_adjustment`
 * (same version), computed as Medusa's getLineItemTotals does: net = subtotal − discounts,
 * total = net × (1 + Σ rates). For a service order (no shipping) the lines' totals add up to
 * the order total.
 * Orders counted: not deleted, not draft orders; revenue leaves out `canceled` orders.
 * Buckets are UTC (date_trunc on created_at AT TIME ZONE 'UTC'); weeks start on Monday.
 */
export const ORDER_TOTAL = `COALESCE(CAST(s.totals #>> '{raw_current_order_total,value}' AS numeric), CAST(s.totals ->> 'current_order_total' AS numeric), 0)`
export const ORDER_PAID = `COALESCE(CAST(s.totals #>> '{raw_paid_total,value}' AS numeric), CAST(s.totals ->> 'paid_total' AS numeric), 0)`
export const ORDER_REFUNDED = `COALESCE(CAST(s.totals #>> '{raw_refunded_total,value}' AS numeric), CAST(s.totals ->> 'refunded_total' AS numeric), 0)`
export const SUMMARY_JOIN = `LEFT JOIN order_summary s ON s.order_id = o.id AND s.version = o.version AND s.deleted_at IS NULL`

/** A subscription's price per month: one term's amount spread over its length. */
export const MONTHLY_AMOUNT = `(sub.amount * CASE sub.billing_interval
    WHEN 'year' THEN 1.0 / 12
    WHEN 'week' THEN 52.0 / 12
    WHEN 'day' THEN 365.0 / 12
    ELSE 1.0 END / GREATEST(sub.billing_interval_count, 1))`

export const toNumber = (value: unknown) => (value === null || value === undefined ? 0 : Number(value))

/** Orders of the range (a CTE named `o`), optionally in one currency. */
export function ordersInRange(range: ReportRange) {
  return `SELECT o.id, o.version, o.status, o.currency_code, o.region_id, o.customer_id, o.created_at
    FROM "order" o
   WHERE o.deleted_at IS NULL AND o.is_draft_order = false
     AND o.created_at >= :from AND o.created_at < :to
     ${range.currency ? "AND o.currency_code = :currency" : ""}`
}

export function rangeBindings(range: ReportRange) {
  return {
    from: range.from,
    to: range.to,
    interval: range.interval,
    step: `1 ${range.interval}`,
    currency: range.currency ?? null,
  }
}

/** Every bucket of the range, as `period` (UTC timestamp) — for zero-filled series. */
export const BUCKETS = `SELECT generate_series(
    date_trunc(CAST(:interval AS text), CAST(:from AS timestamptz) AT TIME ZONE 'UTC'),
    CAST(:to AS timestamptz) AT TIME ZONE 'UTC' - interval '1 microsecond',
    CAST(:step AS interval)) AS period`

export function bucketOf(column: string) {
  return `date_trunc(CAST(:interval AS text), ${column} AT TIME ZONE 'UTC')`
}

