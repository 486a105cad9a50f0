import type { Logger } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type {
  CurrencyMrr,
  CurrencyRevenue,
  CustomersReport,
  OrderExportFilters,
  OrderExportRow,
  OrdersReport,
  OverviewReport,
  ProductRow,
  ProductsReportOptions,
  RegionRow,
  ReportRange,
  RevenuePoint,
  SubscriptionCounts,
  SubscriptionsReport,
} from "./types"

type InjectedDependencies = {
  // Medusa registers its shared knex pool in every module's container under this key
  // (ContainerRegistrationKeys.PG_CONNECTION; "Module Container Resources" in Medusa's docs).
  __pg_connection__: Knex
  logger: Logger
}

type Row = Record<string, unknown>

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
const ORDER_TOTAL = `COALESCE(CAST(s.totals #>> '{raw_current_order_total,value}' AS numeric), CAST(s.totals ->> 'current_order_total' AS numeric), 0)`
const ORDER_PAID = `COALESCE(CAST(s.totals #>> '{raw_paid_total,value}' AS numeric), CAST(s.totals ->> 'paid_total' AS numeric), 0)`
const ORDER_REFUNDED = `COALESCE(CAST(s.totals #>> '{raw_refunded_total,value}' AS numeric), CAST(s.totals ->> 'refunded_total' AS numeric), 0)`
const SUMMARY_JOIN = `LEFT JOIN order_summary s ON s.order_id = o.id AND s.version = o.version AND s.deleted_at IS NULL`

/** A subscription's price per month: one term's amount spread over its length. */
const MONTHLY_AMOUNT = `(sub.amount * CASE sub.billing_interval
    WHEN 'year' THEN 1.0 / 12
    WHEN 'week' THEN 52.0 / 12
    WHEN 'day' THEN 365.0 / 12
    ELSE 1.0 END / GREATEST(sub.billing_interval_count, 1))`

const toNumber = (value: unknown) => (value === null || value === undefined ? 0 : Number(value))

/**
 * Read-only analytics over the whole database. This is the one place that reads across
 * modules' tables (Medusa's order, customer and region tables, the subscription and account
 * modules' tables) with SQL, for speed: every figure is aggregated by PostgreSQL (GROUP BY
 * date_trunc, SUM, COUNT); no order row is loaded into memory. Nothing here writes.
 *
 * Why the module takes the knex pool from its container: Medusa hands `__pg_connection__` to
 * every module (custom ones included) as a documented module-container resource, so the
 * reports share the app's pool and settings and stay behind a module service like the rest
 * of the code (routes resolve `reporting`, never knex). A module with models would be given a
 * MikroORM manager scoped to its own tables, which is exactly what a cross-table report must
 * not be limited to.
 */
export default class ReportingModuleService {
  protected readonly pg_: Knex
  protected readonly logger_: Logger

  constructor({ __pg_connection__, logger }: InjectedDependencies) {
    this.pg_ = __pg_connection__
    this.logger_ = logger
  }

  protected async rows<T = Row>(sql: string, bindings: Record<string, unknown>): Promise<T[]> {
    const result = await this.pg_.raw(sql, bindings as Knex.ValueDict)
    return result.rows as T[]
  }

  /** Orders of the range (a CTE named `o`), optionally in one currency. */
  protected ordersInRange(range: ReportRange) {
    return `SELECT o.id, o.version, o.status, o.currency_code, o.region_id, o.customer_id, o.created_at
      FROM "order" o
     WHERE o.deleted_at IS NULL AND o.is_draft_order = false
       AND o.created_at >= :from AND o.created_at < :to
       ${range.currency ? "AND o.currency_code = :currency" : ""}`
  }

  protected bindings(range: ReportRange) {
    return {
      from: range.from,
      to: range.to,
      interval: range.interval,
      step: `1 ${range.interval}`,
      currency: range.currency ?? null,
    }
  }

  /** Every bucket of the range, as `period` (UTC timestamp) — for zero-filled series. */
  protected readonly BUCKETS = `SELECT generate_series(
      date_trunc(CAST(:interval AS text), CAST(:from AS timestamptz) AT TIME ZONE 'UTC'),
      CAST(:to AS timestamptz) AT TIME ZONE 'UTC' - interval '1 microsecond',
      CAST(:step AS interval)) AS period`

  protected bucketOf(column: string) {
    return `date_trunc(CAST(:interval AS text), ${column} AT TIME ZONE 'UTC')`
  }

  async revenueByCurrency(range: ReportRange): Promise<(CurrencyRevenue & { canceled: number })[]> {
    const rows = await this.rows(
      `WITH o AS (${this.ordersInRange(range)})
       SELECT o.currency_code,
              count(*) FILTER (WHERE o.status <> 'canceled') AS orders,
              count(*) FILTER (WHERE o.status = 'canceled') AS canceled,
              COALESCE(sum(${ORDER_TOTAL}) FILTER (WHERE o.status <> 'canceled'), 0) AS revenue,
              COALESCE(sum(${ORDER_REFUNDED}) FILTER (WHERE o.status <> 'canceled'), 0) AS refunded
         FROM o ${SUMMARY_JOIN}
        GROUP BY o.currency_code
        ORDER BY o.currency_code`,
      this.bindings(range)
    )
    return rows.map((r) => {
      const orders = toNumber(r.orders)
      const revenue = toNumber(r.revenue)
      const refunded = toNumber(r.refunded)
      return {
        currency_code: String(r.currency_code),
        orders,
        canceled: toNumber(r.canceled),
        revenue,
        refunded,
        net: revenue - refunded,
        average_order_value: orders ? revenue / orders : 0,
      }
    })
  }

  /** Monthly recurring revenue of the active subscriptions now, per currency. */
  async mrr(currency?: string): Promise<CurrencyMrr[]> {
    const rows = await this.rows(
      `SELECT sub.currency_code, count(*) AS active_subscriptions, round(sum(${MONTHLY_AMOUNT}), 2) AS mrr
         FROM subscription sub
        WHERE sub.deleted_at IS NULL AND sub.status = 'active'
          ${currency ? "AND sub.currency_code = :currency" : ""}
        GROUP BY sub.currency_code
        ORDER BY sub.currency_code`,
      { currency: currency ?? null }
    )
    return rows.map((r) => ({
      currency_code: String(r.currency_code),
      mrr: toNumber(r.mrr),
      active_subscriptions: toNumber(r.active_subscriptions),
    }))
  }

  async subscriptionCounts(): Promise<SubscriptionCounts> {
    const [r] = await this.rows(
      `SELECT count(*) FILTER (WHERE status = 'active') AS active,
              count(*) FILTER (WHERE status = 'suspended') AS suspended,
              count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
              count(*) FILTER (WHERE status = 'expired') AS expired
         FROM subscription WHERE deleted_at IS NULL`,
      {}
    )
    return {
      active: toNumber(r?.active),
      suspended: toNumber(r?.suspended),
      cancelled: toNumber(r?.cancelled),
      expired: toNumber(r?.expired),
    }
  }

  async overview(range: ReportRange): Promise<OverviewReport> {
    const b = this.bindings(range)
    const [revenue, counts, mrr, customers, accounts, newSubs] = await Promise.all([
      this.revenueByCurrency(range),
      this.subscriptionCounts(),
      this.mrr(range.currency),
      this.rows(
        `SELECT count(*) FILTER (WHERE has_account) AS new_customers,
                count(*) FILTER (WHERE NOT has_account) AS new_guests
           FROM customer
          WHERE deleted_at IS NULL AND created_at >= :from AND created_at < :to`,
        b
      ),
      this.rows(`SELECT count(*) AS suspended FROM account_profile WHERE deleted_at IS NULL AND status = 'suspended'`, {}),
      this.rows(
        `SELECT count(*) AS new FROM subscription sub
          WHERE sub.deleted_at IS NULL AND sub.created_at >= :from AND sub.created_at < :to
            ${range.currency ? "AND sub.currency_code = :currency" : ""}`,
        b
      ),
    ])
    return {
      orders: revenue.reduce((n, r) => n + r.orders, 0),
      canceled_orders: revenue.reduce((n, r) => n + r.canceled, 0),
      revenue: revenue.map(({ canceled: _canceled, ...r }) => r),
      new_customers: toNumber(customers[0]?.new_customers),
      new_guests: toNumber(customers[0]?.new_guests),
      suspended_accounts: toNumber(accounts[0]?.suspended),
      subscriptions: { ...counts, new: toNumber(newSubs[0]?.new) },
      mrr,
    }
  }

  /** Revenue per bucket and currency, zero-filled for every currency sold in the range. */
  async revenue(range: ReportRange): Promise<RevenuePoint[]> {
    const rows = await this.rows(
      `WITH o AS (${this.ordersInRange(range)}),
       agg AS (
         SELECT ${this.bucketOf("o.created_at")} AS period, o.currency_code,
                count(*) AS orders, sum(${ORDER_TOTAL}) AS revenue, sum(${ORDER_REFUNDED}) AS refunded
           FROM o ${SUMMARY_JOIN}
          WHERE o.status <> 'canceled'
          GROUP BY 1, 2),
       buckets AS (${this.BUCKETS}),
       currencies AS (SELECT DISTINCT currency_code FROM agg)
       SELECT to_char(b.period, 'YYYY-MM-DD') AS period, c.currency_code,
              COALESCE(a.orders, 0) AS orders, COALESCE(a.revenue, 0) AS revenue, COALESCE(a.refunded, 0) AS refunded
         FROM buckets b CROSS JOIN currencies c
         LEFT JOIN agg a ON a.period = b.period AND a.currency_code = c.currency_code
        ORDER BY b.period, c.currency_code`,
      this.bindings(range)
    )
    return rows.map((r) => {
      const revenue = toNumber(r.revenue)
      const refunded = toNumber(r.refunded)
      return {
        period: String(r.period),
        currency_code: String(r.currency_code),
        orders: toNumber(r.orders),
        revenue,
        refunded,
        net: revenue - refunded,
      }
    })
  }

  /** New registered customers and guest checkouts per bucket; accounts by status now. */
  async customers(range: ReportRange): Promise<CustomersReport> {
    const b = this.bindings(range)
    const [series, accounts] = await Promise.all([
      this.rows(
        `WITH agg AS (
           SELECT ${this.bucketOf("c.created_at")} AS period,
                  count(*) FILTER (WHERE c.has_account) AS new_customers,
                  count(*) FILTER (WHERE NOT c.has_account) AS new_guests
             FROM customer c
            WHERE c.deleted_at IS NULL AND c.created_at >= :from AND c.created_at < :to
            GROUP BY 1),
         buckets AS (${this.BUCKETS})
         SELECT to_char(b.period, 'YYYY-MM-DD') AS period,
                COALESCE(a.new_customers, 0) AS new_customers, COALESCE(a.new_guests, 0) AS new_guests
           FROM buckets b LEFT JOIN agg a ON a.period = b.period
          ORDER BY b.period`,
        b
      ),
      this.rows(
        `SELECT count(*) FILTER (WHERE status = 'active') AS active,
                count(*) FILTER (WHERE status = 'suspended') AS suspended,
                count(*) FILTER (WHERE status = 'deleted') AS deleted
           FROM account_profile WHERE deleted_at IS NULL`,
        {}
      ),
    ])
    const points = series.map((r) => ({
      period: String(r.period),
      new_customers: toNumber(r.new_customers),
      new_guests: toNumber(r.new_guests),
    }))
    return {
      series: points,
      totals: {
        new_customers: points.reduce((n, p) => n + p.new_customers, 0),
        new_guests: points.reduce((n, p) => n + p.new_guests, 0),
      },
      accounts: {
        active: toNumber(accounts[0]?.active),
        suspended: toNumber(accounts[0]?.suspended),
        deleted: toNumber(accounts[0]?.deleted),
      },
    }
  }

  /** Best-selling products per currency (by revenue or units), from the order lines. */
  async products(options: ProductsReportOptions): Promise<ProductRow[]> {
    const rows = await this.rows(
      `WITH o AS (${this.ordersInRange(options)}),
       lines AS (
         SELECT o.id AS order_id, o.currency_code, li.product_id, li.product_title,
                (oi.quantity - oi.return_received_quantity - oi.return_dismissed_quantity) AS qty,
                oi.quantity AS full_qty,
                COALESCE(oi.unit_price, li.unit_price) AS unit_price,
                li.is_tax_inclusive, tx.rate, COALESCE(ad.subtotal, 0) AS discount
           FROM o
           JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
           JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
           CROSS JOIN LATERAL (
             SELECT COALESCE(sum(t.rate), 0) / 100 AS rate
               FROM order_line_item_tax_line t WHERE t.item_id = li.id AND t.deleted_at IS NULL) tx
           LEFT JOIN LATERAL (
             SELECT sum(CASE WHEN a.is_tax_inclusive THEN a.amount / (1 + tx.rate) ELSE a.amount END) AS subtotal
               FROM order_line_item_adjustment a
              WHERE a.item_id = li.id AND a.version = oi.version AND a.deleted_at IS NULL) ad ON true
          WHERE o.status <> 'canceled'),
       priced AS (
         SELECT order_id, currency_code, product_id, product_title, qty,
                (CASE WHEN is_tax_inclusive THEN unit_price * qty / (1 + rate) ELSE unit_price * qty END)
                  - (CASE WHEN full_qty = 0 THEN 0 ELSE discount * qty / full_qty END) AS net,
                rate
           FROM lines),
       agg AS (
         SELECT currency_code, product_id, max(product_title) AS product_title,
                sum(qty) AS units, count(DISTINCT order_id) AS orders,
                sum(net * (1 + rate)) AS revenue, sum(net) AS net
           FROM priced
          GROUP BY currency_code, product_id),
       ranked AS (
         SELECT agg.*, row_number() OVER (
                  PARTITION BY currency_code
                  ORDER BY ${options.sort === "units" ? "units DESC, revenue DESC" : "revenue DESC, units DESC"}, product_id) AS rank
           FROM agg)
       SELECT * FROM ranked WHERE rank <= :limit ORDER BY currency_code, rank`,
      { ...this.bindings(options), limit: options.limit }
    )
    return rows.map((r) => ({
      currency_code: String(r.currency_code),
      rank: toNumber(r.rank),
      product_id: (r.product_id as string | null) ?? null,
      product_title: (r.product_title as string | null) ?? null,
      units: toNumber(r.units),
      orders: toNumber(r.orders),
      revenue: toNumber(r.revenue),
      net: toNumber(r.net),
    }))
  }

  /** Orders, buying customers and revenue per region (and its currency). */
  async regions(range: ReportRange): Promise<RegionRow[]> {
    const rows = await this.rows(
      `WITH o AS (${this.ordersInRange(range)})
       SELECT o.region_id, max(r.name) AS region_name, o.currency_code,
              count(*) AS orders, count(DISTINCT o.customer_id) AS customers,
              COALESCE(sum(${ORDER_TOTAL}), 0) AS revenue
         FROM o ${SUMMARY_JOIN}
         LEFT JOIN region r ON r.id = o.region_id
        WHERE o.status <> 'canceled'
        GROUP BY o.region_id, o.currency_code
        ORDER BY o.currency_code, revenue DESC`,
      this.bindings(range)
    )
    return rows.map((r) => ({
      region_id: (r.region_id as string | null) ?? null,
      region_name: (r.region_name as string | null) ?? null,
      currency_code: String(r.currency_code),
      orders: toNumber(r.orders),
      customers: toNumber(r.customers),
      revenue: toNumber(r.revenue),
    }))
  }

  /** Subscriptions by status now, MRR, and what happened to them per bucket (their timeline events). */
  async subscriptions(range: ReportRange): Promise<SubscriptionsReport> {
    const [counts, mrr, series] = await Promise.all([
      this.subscriptionCounts(),
      this.mrr(range.currency),
      this.rows(
        `WITH agg AS (
           SELECT ${this.bucketOf("e.occurred_at")} AS period,
                  count(*) FILTER (WHERE e.type = 'created') AS new,
                  count(*) FILTER (WHERE e.type = 'renewed') AS renewed,
                  count(*) FILTER (WHERE e.type = 'suspended') AS suspended,
                  count(*) FILTER (WHERE e.type = 'unsuspended') AS unsuspended,
                  count(*) FILTER (WHERE e.type = 'cancelled') AS cancelled,
                  count(*) FILTER (WHERE e.type = 'expired') AS expired
             FROM subscription_event e
             ${range.currency ? "JOIN subscription sub ON sub.id = e.subscription_id AND sub.currency_code = :currency" : ""}
            WHERE e.deleted_at IS NULL AND e.occurred_at >= :from AND e.occurred_at < :to
              AND e.type IN ('created', 'renewed', 'suspended', 'unsuspended', 'cancelled', 'expired')
            GROUP BY 1),
         buckets AS (${this.BUCKETS})
         SELECT to_char(b.period, 'YYYY-MM-DD') AS period,
                COALESCE(a.new, 0) AS new, COALESCE(a.renewed, 0) AS renewed,
                COALESCE(a.suspended, 0) AS suspended, COALESCE(a.unsuspended, 0) AS unsuspended,
                COALESCE(a.cancelled, 0) AS cancelled, COALESCE(a.expired, 0) AS expired
           FROM buckets b LEFT JOIN agg a ON a.period = b.period
          ORDER BY b.period`,
        this.bindings(range)
      ),
    ])
    return {
      counts,
      mrr,
      series: series.map((r) => ({
        period: String(r.period),
        new: toNumber(r.new),
        renewed: toNumber(r.renewed),
        suspended: toNumber(r.suspended),
        unsuspended: toNumber(r.unsuspended),
        cancelled: toNumber(r.cancelled),
        expired: toNumber(r.expired),
      })),
    }
  }

  /** Orders per status and bucket (every status, canceled included). */
  async orders(range: ReportRange): Promise<OrdersReport> {
    const rows = await this.rows(
      `WITH o AS (${this.ordersInRange(range)}),
       agg AS (SELECT ${this.bucketOf("o.created_at")} AS period, CAST(o.status AS text) AS status, count(*) AS orders
                 FROM o GROUP BY 1, 2),
       buckets AS (${this.BUCKETS}),
       statuses AS (SELECT DISTINCT status FROM agg)
       SELECT to_char(b.period, 'YYYY-MM-DD') AS period, st.status, COALESCE(a.orders, 0) AS orders
         FROM buckets b CROSS JOIN statuses st
         LEFT JOIN agg a ON a.period = b.period AND a.status = st.status
        ORDER BY b.period, st.status`,
      this.bindings(range)
    )
    const series = rows.map((r) => ({ period: String(r.period), status: String(r.status), orders: toNumber(r.orders) }))
    const totals = new Map<string, number>()
    for (const p of series) {
      totals.set(p.status, (totals.get(p.status) ?? 0) + p.orders)
    }
    return { series, totals: [...totals].map(([status, orders]) => ({ status, orders })) }
  }

  /**
   * Orders matching the admin list's filters, oldest first, read through a server-side
   * cursor inside one read-only transaction: PostgreSQL sorts once and hands over `batchSize`
   * rows per FETCH, so memory stays flat whatever the number of orders. Stopping early (the
   * client went away) closes the cursor and ends the transaction.
   */
  async *exportOrders(filters: OrderExportFilters, batchSize = 500): AsyncGenerator<OrderExportRow> {
    const { where, bindings } = orderExportWhere(filters)
    const trx = await this.pg_.transaction()
    try {
      await trx.raw("SET TRANSACTION READ ONLY")
      await trx.raw(
        `DECLARE orders_export NO SCROLL CURSOR FOR
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
          ORDER BY o.created_at, o.id`,
        bindings as Knex.ValueDict
      )
      for (;;) {
        const { rows } = (await trx.raw(`FETCH FORWARD ${Math.max(1, Math.floor(batchSize))} FROM orders_export`)) as {
          rows: Row[]
        }
        for (const r of rows) {
          yield {
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
        if (rows.length < batchSize) {
          break
        }
      }
    } finally {
      // read-only: ending the transaction either way releases the cursor and the connection
      await trx.commit().catch((e: Error) => this.logger_.warn(`reporting: orders export cursor not closed: ${e.message}`))
    }
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
