import { BUCKETS, MONTHLY_AMOUNT, bucketOf, rangeBindings, toNumber, type RunQuery } from "./sql"
import type { CurrencyMrr, ReportRange, SubscriptionCounts, SubscriptionsReport } from "./types"

// The subscription reports: the subscription module's tables (subscription,
// subscription_event) read with SQL, like the order reports in service.ts.

/**
 * Subscriptions in one pass over the table: counts by status now (every currency), and per
 * currency the MRR of the active ones and how many were created in the range.
 */
export async function subscriptionTotals(run: RunQuery, range: Pick<ReportRange, "from" | "to" | "currency">) {
  const rows = await run(
    `SELECT sub.currency_code,
            count(*) FILTER (WHERE sub.status = 'active') AS active,
            count(*) FILTER (WHERE sub.status = 'suspended') AS suspended,
            count(*) FILTER (WHERE sub.status = 'cancelled') AS cancelled,
            count(*) FILTER (WHERE sub.status = 'expired') AS expired,
            count(*) FILTER (WHERE sub.created_at >= :from AND sub.created_at < :to) AS new,
            round(sum(${MONTHLY_AMOUNT}) FILTER (WHERE sub.status = 'active'), 2) AS mrr
       FROM subscription sub
      WHERE sub.deleted_at IS NULL
      GROUP BY sub.currency_code
      ORDER BY sub.currency_code`,
    { from: range.from, to: range.to }
  )
  const counts: SubscriptionCounts = { active: 0, suspended: 0, cancelled: 0, expired: 0 }
  let created = 0
  const mrr: CurrencyMrr[] = []
  for (const r of rows) {
    for (const status of Object.keys(counts) as (keyof SubscriptionCounts)[]) {
      counts[status] += toNumber(r[status])
    }
    if (range.currency && r.currency_code !== range.currency) {
      continue
    }
    created += toNumber(r.new)
    if (toNumber(r.active)) {
      mrr.push({ currency_code: String(r.currency_code), mrr: toNumber(r.mrr), active_subscriptions: toNumber(r.active) })
    }
  }
  return { counts, mrr, created }
}

/** Subscriptions by status now, MRR, and what happened to them per bucket (their timeline events). */
export async function subscriptionsReport(run: RunQuery, range: ReportRange): Promise<SubscriptionsReport> {
  const [{ counts, mrr }, series] = await Promise.all([
    subscriptionTotals(run, range),
    run(
      `WITH agg AS (
         SELECT ${bucketOf("e.occurred_at")} AS period,
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
       buckets AS (${BUCKETS})
       SELECT to_char(b.period, 'YYYY-MM-DD') AS period,
              COALESCE(a.new, 0) AS new, COALESCE(a.renewed, 0) AS renewed,
              COALESCE(a.suspended, 0) AS suspended, COALESCE(a.unsuspended, 0) AS unsuspended,
              COALESCE(a.cancelled, 0) AS cancelled, COALESCE(a.expired, 0) AS expired
         FROM buckets b LEFT JOIN agg a ON a.period = b.period
        ORDER BY b.period`,
      rangeBindings(range)
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

