import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminHeaders,
  findVariant,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
  US_ADDRESS,
} from "../helpers"

jest.setTimeout(300 * 1000)

const BERLIN = { ...US_ADDRESS, address_1: "Unter den Linden 1", city: "Berlin", postal_code: "10117", country_code: "de" }
const LONDON = { ...US_ADDRESS, address_1: "1 Downing St", city: "London", postal_code: "SW1A 2AA", country_code: "gb" }
const TORONTO = { ...US_ADDRESS, address_1: "1 Front St", city: "Toronto", postal_code: "M5J 2N1", country_code: "ca" }

type Line = { handle: string; plan: string; term: "Monthly" | "Quarterly" | "Yearly"; quantity: number }

/** What the admin API says about an order: the figures the reports must add up to. */
type PlacedOrder = {
  id: string
  display_id: number
  email: string
  currency_code: string
  region_id: string
  total: number
  items: { product_id: string; quantity: number; total: number }[]
}

/** RFC 4180 lines → objects keyed by the header (quoted fields, doubled quotes). */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = []
  let field = ""
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') {
        quoted = false
      } else {
        field += c
      }
    } else if (c === '"') {
      quoted = true
    } else if (c === ",") {
      record.push(field)
      field = ""
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++
      record.push(field)
      records.push(record)
      record = []
      field = ""
    } else {
      field += c
    }
  }
  if (field || record.length) {
    record.push(field)
    records.push(record)
  }
  const [header, ...rows] = records
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])))
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

function groupSum<T>(items: T[], key: (t: T) => string, value: (t: T) => number) {
  const out: Record<string, number> = {}
  for (const item of items) {
    out[key(item)] = (out[key(item)] ?? 0) + value(item)
  }
  return out
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    let from: string
    let to: string
    let placed: PlacedOrder[]
    let canceled: PlacedOrder
    let shoppers: { email: string; headers: any }[]

    async function placeOrder(
      shopper: { email: string; headers: any },
      region: string,
      address: Record<string, string>,
      lines: Line[]
    ): Promise<PlacedOrder> {
      const items: { variant_id: string; quantity: number; metadata?: Record<string, unknown> }[] = []
      for (const line of lines) {
        const { line: item } = await findVariant(api, ctx, line.handle, line.plan, line.term)
        items.push({ ...item, quantity: line.quantity })
      }
      const { data } = await api.post("/store/carts", { region_id: ctx.regions[region].id, items }, shopper.headers)
      await api.post(
        `/store/carts/${data.cart.id}`,
        { email: shopper.email, billing_address: address, shipping_address: address },
        shopper.headers
      )
      const { data: done } = await payAndComplete(api, data.cart.id, shopper.headers)
      expect(done.type).toBe("order")
      const { data: one } = await api.get(
        `/admin/orders/${done.order.id}?fields=id,display_id,email,currency_code,region_id,total,*items`,
        admin
      )
      return {
        ...one.order,
        items: one.order.items.map((i: any) => ({ product_id: i.product_id, quantity: Number(i.quantity), total: Number(i.total) })),
      }
    }

    const range = () => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`
    const counted = () => placed // canceled orders bring no revenue

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
      // after the seed (it creates a demo shopper): the range holds only what this spec places
      from = new Date().toISOString()
      shoppers = [
        await registerCustomer(api, ctx),
        await registerCustomer(api, ctx),
        await registerCustomer(api, ctx),
        await registerCustomer(api, ctx),
      ]
      const [us, ca, de, gb] = shoppers
      placed = [
        await placeOrder(us, "North America", US_ADDRESS, [
          { handle: "cloud-vps", plan: "Standard", term: "Monthly", quantity: 2 },
          { handle: "managed-postgresql", plan: "Hobby", term: "Monthly", quantity: 1 },
        ]),
        // Canada: 5% GST on top, same currency and region
        await placeOrder(ca, "North America", TORONTO, [{ handle: "cloud-vps", plan: "Standard", term: "Yearly", quantity: 1 }]),
        // Germany: 19% VAT, euros
        await placeOrder(de, "Europe", BERLIN, [
          { handle: "cloud-vps", plan: "Standard", term: "Yearly", quantity: 1 },
          { handle: "managed-postgresql", plan: "Hobby", term: "Quarterly", quantity: 3 },
        ]),
        // UK: 20% VAT, pounds
        await placeOrder(gb, "United Kingdom", LONDON, [{ handle: "managed-postgresql", plan: "Hobby", term: "Monthly", quantity: 1 }]),
      ]
      canceled = await placeOrder(us, "North America", US_ADDRESS, [
        { handle: "cloud-vps", plan: "Standard", term: "Monthly", quantity: 5 },
      ])
      await api.post(`/admin/orders/${canceled.id}/cancel`, {}, admin)
      to = new Date(Date.now() + 60_000).toISOString()
    })

    describe("GET /admin/analytics/overview", () => {
      it("counts the orders and adds up each currency's order totals as the order pages show them", async () => {
        const { data } = await api.get(`/admin/analytics/overview?${range()}`, admin)
        expect(data.orders).toBe(counted().length)
        expect(data.canceled_orders).toBe(1)
        expect(data.new_customers).toBe(shoppers.length)
        const expected = groupSum(counted(), (o) => o.currency_code, (o) => o.total)
        expect(data.revenue.map((r: any) => r.currency_code).sort()).toEqual(Object.keys(expected).sort())
        for (const r of data.revenue) {
          expect(r.revenue).toBeCloseTo(expected[r.currency_code], 2)
          expect(r.orders).toBe(counted().filter((o) => o.currency_code === r.currency_code).length)
          expect(r.average_order_value).toBeCloseTo(expected[r.currency_code] / r.orders, 2)
        }
        // money is never added across currencies
        expect(data.revenue.every((r: any) => typeof r.currency_code === "string" && r.currency_code.length === 3)).toBe(true)
      })

      it("reports MRR per currency from the active subscriptions", async () => {
        // subscriptions are created from order.placed: wait for every line of every order
        const lines = [...placed, canceled].reduce((n, o) => n + o.items.length, 0)
        let all: any[] = []
        for (let i = 0; i < 200 && all.length < lines; i++) {
          all = (await api.get("/admin/subscriptions?limit=100", admin)).data.subscriptions
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(all).toHaveLength(lines)
        const subs = all.filter((s) => s.status === "active")
        const months = { day: 12 / 365, week: 12 / 52, month: 1, year: 12 } as Record<string, number>
        const expected = groupSum(
          subs,
          (s) => s.currency_code,
          (s) => Number(s.amount) / (months[s.billing_interval] * s.billing_interval_count)
        )
        const { data } = await api.get(`/admin/analytics/overview?${range()}`, admin)
        expect(data.subscriptions.active).toBe(subs.length)
        for (const m of data.mrr) {
          expect(m.mrr).toBeCloseTo(expected[m.currency_code], 1)
        }
        expect(data.mrr.map((m: any) => m.currency_code).sort()).toEqual(Object.keys(expected).sort())
        const { data: report } = await api.get(`/admin/analytics/subscriptions?${range()}`, admin)
        expect(report.counts.active).toBe(subs.length)
        expect(sum(report.series.map((p: any) => p.new))).toBe(data.subscriptions.new)
      })

      it("filters by currency", async () => {
        const { data } = await api.get(`/admin/analytics/overview?${range()}&currency=EUR`, admin)
        expect(data.currency).toBe("eur")
        expect(data.revenue).toHaveLength(1)
        expect(data.revenue[0].revenue).toBeCloseTo(sum(counted().filter((o) => o.currency_code === "eur").map((o) => o.total)), 2)
      })

      it("has nothing to report for a range before the orders", async () => {
        const { data } = await api.get(`/admin/analytics/overview?from=2020-01-01&to=2020-01-31`, admin)
        expect(data.orders).toBe(0)
        expect(data.revenue).toEqual([])
        expect(data.from).toBe("2020-01-01T00:00:00.000Z")
        expect(data.to).toBe("2020-02-01T00:00:00.000Z")
      })
    })

    describe("GET /admin/analytics/revenue", () => {
      it("gives a zero-filled series per currency whose buckets add up to the order totals", async () => {
        const expected = groupSum(counted(), (o) => o.currency_code, (o) => o.total)
        for (const interval of ["day", "week", "month"]) {
          const { data } = await api.get(`/admin/analytics/revenue?${range()}&interval=${interval}`, admin)
          expect(data.interval).toBe(interval)
          const totals = groupSum(data.series as any[], (p) => p.currency_code, (p) => p.revenue)
          expect(Object.keys(totals).sort()).toEqual(Object.keys(expected).sort())
          for (const [currency, value] of Object.entries(expected)) {
            expect(totals[currency]).toBeCloseTo(value, 2)
          }
          // every bucket has a point for every currency
          const periods = new Set(data.series.map((p: any) => p.period))
          expect(data.series).toHaveLength(periods.size * Object.keys(expected).length)
        }
        const { data: wide } = await api.get(`/admin/analytics/revenue?from=2026-01-01T00:00:00Z&to=2026-01-08T00:00:00Z&interval=day`, admin)
        expect(wide.series).toEqual([])
      })
    })

    describe("GET /admin/analytics/products", () => {
      it("ranks products per currency with units and revenue from the order lines", async () => {
        const lines = counted().flatMap((o) => o.items.map((i) => ({ ...i, currency_code: o.currency_code })))
        const revenue = groupSum(lines, (l) => `${l.currency_code}:${l.product_id}`, (l) => l.total)
        const units = groupSum(lines, (l) => `${l.currency_code}:${l.product_id}`, (l) => l.quantity)
        const { data } = await api.get(`/admin/analytics/products?${range()}`, admin)
        expect(data.products).toHaveLength(Object.keys(revenue).length)
        for (const p of data.products) {
          const key = `${p.currency_code}:${p.product_id}`
          expect(p.revenue).toBeCloseTo(revenue[key], 2)
          expect(p.units).toBe(units[key])
        }
        // ranked by revenue within each currency
        const usd = data.products.filter((p: any) => p.currency_code === "usd")
        expect(usd.map((p: any) => p.rank)).toEqual([1, 2])
        expect(usd[0].revenue).toBeGreaterThanOrEqual(usd[1].revenue)
        // with no shipping, the lines add up to the order totals
        const byCurrency = groupSum(data.products as any[], (p) => p.currency_code, (p) => p.revenue)
        for (const [currency, value] of Object.entries(groupSum(counted(), (o) => o.currency_code, (o) => o.total))) {
          expect(byCurrency[currency]).toBeCloseTo(value, 2)
        }
        const { data: top } = await api.get(`/admin/analytics/products?${range()}&limit=1&sort=units`, admin)
        expect(top.products.filter((p: any) => p.currency_code === "eur")).toHaveLength(1)
        expect(top.products.find((p: any) => p.currency_code === "eur").units).toBe(3)
      })
    })

    describe("GET /admin/analytics/regions", () => {
      it("adds up orders and revenue per region", async () => {
        const revenue = groupSum(counted(), (o) => o.region_id, (o) => o.total)
        const orders = groupSum(counted(), (o) => o.region_id, () => 1)
        const { data } = await api.get(`/admin/analytics/regions?${range()}`, admin)
        expect(data.regions.map((r: any) => r.region_id).sort()).toEqual(Object.keys(revenue).sort())
        for (const r of data.regions) {
          expect(r.revenue).toBeCloseTo(revenue[r.region_id], 2)
          expect(r.orders).toBe(orders[r.region_id])
        }
        const na = data.regions.find((r: any) => r.region_id === ctx.regions["North America"].id)
        expect(na).toMatchObject({ region_name: "North America", currency_code: "usd", customers: 2 })
      })
    })

    describe("GET /admin/analytics/customers and /orders", () => {
      it("counts new customers and orders per status", async () => {
        const { data } = await api.get(`/admin/analytics/customers?${range()}&interval=month`, admin)
        expect(data.totals.new_customers).toBe(shoppers.length)
        const { data: orders } = await api.get(`/admin/analytics/orders?${range()}`, admin)
        const totals = Object.fromEntries(orders.totals.map((t: any) => [t.status, t.orders]))
        expect(totals.canceled).toBe(1)
        expect(sum(Object.values(totals) as number[])).toBe(placed.length + 1)
      })
    })

    describe("GET /admin/analytics/export", () => {
      it("streams each report as CSV with the same rows as its JSON", async () => {
        const res = await api.get(`/admin/analytics/export?report=revenue&${range()}&interval=day`, admin)
        expect(res.headers["content-type"]).toMatch(/^text\/csv/)
        expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="analytics-revenue-.*\.csv"$/)
        const { data: json } = await api.get(`/admin/analytics/revenue?${range()}&interval=day`, admin)
        const rows = parseCsv(res.data)
        expect(rows).toHaveLength(json.series.length)
        rows.forEach((row, i) => {
          const point = json.series[i]
          expect(row.period).toBe(point.period)
          expect(row.currency_code).toBe(point.currency_code)
          expect(Number(row.orders)).toBe(point.orders)
          expect(Number(row.revenue)).toBeCloseTo(point.revenue, 6)
        })

        const products = parseCsv((await api.get(`/admin/analytics/export?report=products&${range()}`, admin)).data)
        const { data: productsJson } = await api.get(`/admin/analytics/products?${range()}`, admin)
        expect(products.map((p) => [p.currency_code, p.product_id, Number(p.units)])).toEqual(
          productsJson.products.map((p: any) => [p.currency_code, p.product_id, p.units])
        )

        const regions = parseCsv((await api.get(`/admin/analytics/export?report=regions&${range()}`, admin)).data)
        const { data: regionsJson } = await api.get(`/admin/analytics/regions?${range()}`, admin)
        expect(regions.map((r) => [r.region_id, Number(r.orders)])).toEqual(regionsJson.regions.map((r: any) => [r.region_id, r.orders]))

        const overview = parseCsv((await api.get(`/admin/analytics/export?report=overview&${range()}`, admin)).data)
        const { data: overviewJson } = await api.get(`/admin/analytics/overview?${range()}`, admin)
        expect(Number(overview.find((r) => r.metric === "orders")!.value)).toBe(overviewJson.orders)
        for (const r of overviewJson.revenue) {
          const line = overview.find((l) => l.metric === "revenue" && l.currency_code === r.currency_code)!
          expect(Number(line.value)).toBeCloseTo(r.revenue, 6)
        }
        for (const report of ["customers", "subscriptions", "orders"]) {
          const csv = await api.get(`/admin/analytics/export?report=${report}&${range()}&interval=week`, admin)
          expect(parseCsv(csv.data).length).toBeGreaterThan(0)
        }
      })
    })

    describe("GET /admin/orders/export", () => {
      it("streams the placed orders with their totals, filtered like the orders list", async () => {
        const res = await api.get(`/admin/orders/export?created_at[gte]=${encodeURIComponent(from)}`, admin)
        expect(res.headers["content-type"]).toMatch(/^text\/csv/)
        expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="orders-.*\.csv"$/)
        const rows = parseCsv(res.data)
        const all = [...placed, canceled]
        expect(rows.map((r) => r.id).sort()).toEqual(all.map((o) => o.id).sort())
        for (const order of all) {
          const row = rows.find((r) => r.id === order.id)!
          expect(Number(row.display_id)).toBe(order.display_id)
          expect(row.email).toBe(order.email)
          expect(row.currency_code).toBe(order.currency_code)
          expect(row.region_id).toBe(order.region_id)
          expect(Number(row.total)).toBeCloseTo(order.total, 2)
        }
        expect(rows.find((r) => r.id === canceled.id)!.status).toBe("canceled")
        // oldest first
        expect(rows.map((r) => r.created_at)).toEqual([...rows.map((r) => r.created_at)].sort())

        const only = async (query: string) =>
          parseCsv((await api.get(`/admin/orders/export?created_at[gte]=${encodeURIComponent(from)}&${query}`, admin)).data).map(
            (r) => r.id
          )
        expect(await only("status=canceled")).toEqual([canceled.id])
        expect((await only(`region_id=${ctx.regions.Europe.id}`)).sort()).toEqual(
          all.filter((o) => o.region_id === ctx.regions.Europe.id).map((o) => o.id).sort()
        )
        expect((await only(`q=${encodeURIComponent(shoppers[0].email)}`)).sort()).toEqual(
          all.filter((o) => o.email === shoppers[0].email).map((o) => o.id).sort()
        )
        expect(await only(`q=%23${placed[1].display_id}`)).toEqual([placed[1].id])
        expect(await only(`created_at[lt]=${encodeURIComponent(from)}`)).toEqual([])
        // an empty export still has its header line
        const empty = await api.get(`/admin/orders/export?created_at[lt]=2000-01-01`, admin)
        expect(String(empty.data).trim().split("\n")).toHaveLength(1)
      })
    })

    describe("bad requests", () => {
      it("answers 400 for a bad range, interval, currency or report", async () => {
        const bad = [
          "/admin/analytics/overview?from=2026-02-01&to=2026-01-01",
          "/admin/analytics/overview?from=2026-01-01&to=2026-01-01T00:00:00Z",
          "/admin/analytics/revenue?from=2020-01-01&to=2026-01-01",
          "/admin/analytics/revenue?interval=hour",
          "/admin/analytics/revenue?from=yesterday",
          "/admin/analytics/regions?to=2026-13-45",
          "/admin/analytics/products?limit=0",
          "/admin/analytics/overview?currency=euro",
          "/admin/analytics/export?report=nope",
          "/admin/analytics/export",
          "/admin/analytics/export?report=revenue&interval=year",
          "/admin/orders/export?status=shipped",
          "/admin/orders/export?created_at[gte]=not-a-date",
        ]
        for (const url of bad) {
          expect([url, await statusOf(api.get(url, admin))]).toEqual([url, 400])
        }
      })

      it("refuses anyone but an admin", async () => {
        for (const url of ["/admin/analytics/overview", "/admin/analytics/export?report=revenue", "/admin/orders/export"]) {
          expect(await statusOf(api.get(url))).toBe(401)
          expect(await statusOf(api.get(url, shoppers[0].headers))).toBe(401)
        }
      })
    })
  },
})
