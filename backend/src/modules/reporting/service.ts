import type { Logger } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type {
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
  SubscriptionsReport,
} from "./types"
import { orderExportCursorSql, orderExportWhere, toOrderExportRow } from "./order-export"
import {
  BUCKETS,
  ORDER_REFUNDED,
  ORDER_TOTAL,
  SUMMARY_JOIN,
  bucketOf,
  ordersInRange,
  rangeBindings,
  toNumber,
  type Row,
} from "./sql"
import { subscriptionTotals, subscriptionsReport } from "./subscription-reports"

type InjectedDependencies = {
  // Medusa registers its shared knex pool in every module's container under this key
  // (ContainerRegistrationKeys.PG_CONNECTION; "Module Container Resources" in Medusa's docs).
  __pg_connection__: Knex
  logger: Logger
}

/**
 * Read-only analytics over the whole database. This is the one place that reads across
 * modules' tables (Medusa's order, customer and region tables, the subscription and account
 * modules' tables) with SQL, for speed: every figure is aggregated by PostgreSQL (GROUP BY
 * date_trunc, SUM, COUNT); no order row is loaded into memory. Nothing here writes. Which of
 * Medusa's columns the figures come from is written down in sql.ts.
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

  /**
   * One report query in its own read-only transaction (PostgreSQL refuses any write in it).
   * JIT is off for it: these scans are short enough that compiling them costs more than it saves.
   */
  protected async rows<T = Row>(sql: string, bindings: Record<string, unknown>): Promise<T[]> {
    return await this.pg_.transaction(async (trx) => {
      await trx.raw("SET TRANSACTION READ ONLY; SET LOCAL jit = off")
      const result = await trx.raw(sql, bindings as Knex.ValueDict)
      return result.rows as T[]
    })
  }

  async revenueByCurrency(range: ReportRange): Promise<(CurrencyRevenue & { canceled: number })[]> {
    const rows = await this.rows(
      `WITH o AS (${ordersInRange(range)})
       SELECT o.currency_code,
              count(*) FILTER (WHERE o.status <> 'canceled') AS orders,
              count(*) FILTER (WHERE o.status = 'canceled') AS canceled,
              COALESCE(sum(${ORDER_TOTAL}) FILTER (WHERE o.status <> 'canceled'), 0) AS revenue,
              COALESCE(sum(${ORDER_REFUNDED}) FILTER (WHERE o.status <> 'canceled'), 0) AS refunded
         FROM o ${SUMMARY_JOIN}
        GROUP BY o.currency_code
        ORDER BY o.currency_code`,
      rangeBindings(range)
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

  /** Subscription counts by status, MRR per currency and how many were created (subscription-reports.ts). */
  async subscriptionTotals(range: Pick<ReportRange, "from" | "to" | "currency">) {
    return subscriptionTotals((sql, b) => this.rows(sql, b), range)
  }

  async overview(range: ReportRange): Promise<OverviewReport> {
    const b = rangeBindings(range)
    const [revenue, subscriptions, customers, accounts] = await Promise.all([
      this.revenueByCurrency(range),
      this.subscriptionTotals(range),
      this.rows(
        `SELECT count(*) FILTER (WHERE has_account) AS new_customers,
                count(*) FILTER (WHERE NOT has_account) AS new_guests
           FROM customer
          WHERE deleted_at IS NULL AND created_at >= :from AND created_at < :to`,
        b
      ),
      this.rows(`SELECT count(*) AS suspended FROM account_profile WHERE deleted_at IS NULL AND status = 'suspended'`, {}),
    ])
    return {
      orders: revenue.reduce((n, r) => n + r.orders, 0),
      canceled_orders: revenue.reduce((n, r) => n + r.canceled, 0),
      revenue: revenue.map(({ canceled: _canceled, ...r }) => r),
      new_customers: toNumber(customers[0]?.new_customers),
      new_guests: toNumber(customers[0]?.new_guests),
      suspended_accounts: toNumber(accounts[0]?.suspended),
      subscriptions: { ...subscriptions.counts, new: subscriptions.created },
      mrr: subscriptions.mrr,
    }
  }

  /** Revenue per bucket and currency, zero-filled for every currency sold in the range. */
  async revenue(range: ReportRange): Promise<RevenuePoint[]> {
    const rows = await this.rows(
      `WITH o AS (${ordersInRange(range)}),
       agg AS (
         SELECT ${bucketOf("o.created_at")} AS period, o.currency_code,
                count(*) AS orders, sum(${ORDER_TOTAL}) AS revenue, sum(${ORDER_REFUNDED}) AS refunded
           FROM o ${SUMMARY_JOIN}
          WHERE o.status <> 'canceled'
          GROUP BY 1, 2),
       buckets AS (${BUCKETS}),
       currencies AS (SELECT DISTINCT currency_code FROM agg)
       SELECT to_char(b.period, 'YYYY-MM-DD') AS period, c.currency_code,
              COALESCE(a.orders, 0) AS orders, COALESCE(a.revenue, 0) AS revenue, COALESCE(a.refunded, 0) AS refunded
         FROM buckets b CROSS JOIN currencies c
         LEFT JOIN agg a ON a.period = b.period AND a.currency_code = c.currency_code
        ORDER BY b.period, c.currency_code`,
      rangeBindings(range)
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
    const b = rangeBindings(range)
    const [series, accounts] = await Promise.all([
      this.rows(
        `WITH agg AS (
           SELECT ${bucketOf("c.created_at")} AS period,
                  count(*) FILTER (WHERE c.has_account) AS new_customers,
                  count(*) FILTER (WHERE NOT c.has_account) AS new_guests
             FROM customer c
            WHERE c.deleted_at IS NULL AND c.created_at >= :from AND c.created_at < :to
            GROUP BY 1),
         buckets AS (${BUCKETS})
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
      `WITH o AS (${ordersInRange(options)}),
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
      { ...rangeBindings(options), limit: options.limit }
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
      `WITH o AS (${ordersInRange(range)})
       SELECT o.region_id, max(r.name) AS region_name, o.currency_code,
              count(*) AS orders, count(DISTINCT o.customer_id) AS customers,
              COALESCE(sum(${ORDER_TOTAL}), 0) AS revenue
         FROM o ${SUMMARY_JOIN}
         LEFT JOIN region r ON r.id = o.region_id
        WHERE o.status <> 'canceled'
        GROUP BY o.region_id, o.currency_code
        ORDER BY o.currency_code, revenue DESC`,
      rangeBindings(range)
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

  /** Subscriptions by status now, MRR, and what happened to them per bucket (subscription-reports.ts). */
  async subscriptions(range: ReportRange): Promise<SubscriptionsReport> {
    return subscriptionsReport((sql, b) => this.rows(sql, b), range)
  }

  /** Orders per status and bucket (every status, canceled included). */
  async orders(range: ReportRange): Promise<OrdersReport> {
    const rows = await this.rows(
      `WITH o AS (${ordersInRange(range)}),
       agg AS (SELECT ${bucketOf("o.created_at")} AS period, CAST(o.status AS text) AS status, count(*) AS orders
                 FROM o GROUP BY 1, 2),
       buckets AS (${BUCKETS}),
       statuses AS (SELECT DISTINCT status FROM agg)
       SELECT to_char(b.period, 'YYYY-MM-DD') AS period, st.status, COALESCE(a.orders, 0) AS orders
         FROM buckets b CROSS JOIN statuses st
         LEFT JOIN agg a ON a.period = b.period AND a.status = st.status
        ORDER BY b.period, st.status`,
      rangeBindings(range)
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
      await trx.raw("SET TRANSACTION READ ONLY; SET LOCAL jit = off")
      await trx.raw(
        orderExportCursorSql(where),
        bindings as Knex.ValueDict
      )
      for (;;) {
        const { rows } = (await trx.raw(`FETCH FORWARD ${Math.max(1, Math.floor(batchSize))} FROM orders_export`)) as {
          rows: Row[]
        }
        for (const r of rows) {
          yield toOrderExportRow(r)
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
