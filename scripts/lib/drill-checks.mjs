/**
 * The checks of `npm run drill` (see scripts/drill.mjs), run against two
 * servers (`a`, `b`) and two workers on one database and one Redis.
 */
import { readFileSync } from "node:fs"
import { SMTPServer } from "smtp-server"
import { io } from "socket.io-client"
import { info } from "./env.mjs"

const ADMIN = {
  email: process.env.ADMIN_EMAIL || "admin@cloudservices.local",
  password: process.env.ADMIN_PASSWORD || "CloudAdmin!2026",
}
const PASSWORD = "correct-horse-battery"
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
let clientNumber = 0
/** a client address of its own per caller (servers trust loopback proxies), so sign-in limits don't mix */
const newClientIp = () => `198.51.100.${++clientNumber}`

/** An SMTP server that keeps every message (with its Message-ID) and acknowledges each after `delayMs`. */
export async function startSmtp() {
  const messages = []
  let delayMs = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = ""
      stream.on("data", (chunk) => (raw += chunk.toString()))
      stream.on("end", () => {
        const header = (name) => raw.match(new RegExp(`^${name}:\\s*(.+)$`, "mi"))?.[1]?.trim() ?? null
        messages.push({ message_id: header("Message-ID"), subject: header("Subject"), to: session.envelope.rcptTo.map((r) => r.address), at: Date.now() })
        setTimeout(() => callback(), delayMs)
      })
    },
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    port: server.server.address().port,
    messages,
    setDelay: (ms) => (delayMs = ms),
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

export async function runDrillChecks({ a, b, workers, restartWorker, publishableKey, smtp }) {
  const results = []
  const started = Date.now()

  /** JSON call to one server; answers { status, data } (no throw) */
  async function call(server, path, { method = "GET", body, headers = {}, ip } = {}) {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": publishableKey,
        "x-forwarded-for": ip ?? "198.51.100.250",
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await res.json().catch(() => ({}))
    return { status: res.status, data, headers: res.headers }
  }
  async function ok(server, path, options) {
    const res = await call(server, path, options)
    if (res.status >= 400) {
      throw new Error(`${options?.method ?? "GET"} ${path} on ${server.name} → ${res.status} ${res.data?.message ?? ""}`)
    }
    return res.data
  }
  async function check(name, run) {
    const t0 = Date.now()
    try {
      const detail = await run()
      results.push({ name, ok: true })
      info(`✓ ${name}${detail ? ` — ${detail}` : ""} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
    } catch (e) {
      results.push({ name, ok: false })
      info(`✗ ${name}: ${e.message}`)
    }
  }
  const assert = (condition, message) => {
    if (!condition) {
      throw new Error(message)
    }
  }
  async function until(what, read, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const value = await read()
      if (value) {
        return value
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}`)
      }
      await sleep(200)
    }
  }

  const adminLogin = async (server) => {
    const { token } = await ok(server, "/auth/user/emailpass", { method: "POST", body: ADMIN, ip: newClientIp() })
    return { authorization: `Bearer ${token}` }
  }
  const admin = await adminLogin(a)

  /** registers and verifies a customer through `server`; answers their email, id and bearer headers */
  async function newCustomer(server, prefix) {
    const email = `${prefix}-${Date.now()}-${clientNumber}@example.com`
    const ip = newClientIp()
    await ok(server, "/store/account/register", { method: "POST", body: { email, password: PASSWORD, first_name: "Ada", last_name: "Drill" }, ip })
    const log = await until(`the code emailed to ${email}`, async () => {
      const { notification_logs } = await ok(a, `/admin/notification-logs?to=${encodeURIComponent(email)}&template=verification_code&limit=1`, { headers: admin })
      return notification_logs[0]?.data?.code ? notification_logs[0] : null
    })
    await ok(server, "/store/account/verify-email", { method: "POST", body: { email, code: String(log.data.code) }, ip })
    const { token } = await ok(server, "/auth/customer/emailpass", { method: "POST", body: { email, password: PASSWORD }, ip })
    const headers = { authorization: `Bearer ${token}` }
    const { customer } = await ok(server, "/store/customers/me", { headers })
    return { email, id: customer.id, headers, ip }
  }

  /** a socket.io connection of the caller's, through `server`'s socket ticket */
  async function socketOf(server, side, headers) {
    const { url, token } = await ok(server, `/${side}/chats/socket`, { headers })
    const socket = io(url, { auth: { token }, transports: ["websocket"], reconnection: false })
    await new Promise((resolve, reject) => {
      socket.once("connect", resolve)
      socket.once("connect_error", reject)
    })
    socket.received = []
    socket.onAny((event, payload) => socket.received.push({ event, payload, at: Date.now() }))
    return socket
  }
  const emitAck = (socket, event, payload) => new Promise((resolve) => socket.emit(event, payload, resolve))

  async function placeOrder(server, customer) {
    const { regions } = await ok(server, "/store/regions")
    const region = regions.find((r) => r.name === "North America")
    const { products } = await ok(server, "/store/products?handle=managed-redis&fields=*variants")
    const variant = products[0].variants.find((v) => v.title === "1 GB / Monthly")
    // the purchase options the product page picks by default (data center, OS, hostname)
    const options = await ok(server, `/store/products/${products[0].id}/service-options`)
    const service_config = {
      ...(options.locations.length ? { location: options.locations[0].code } : {}),
      ...(options.requires.os ? { os: options.os_images[0].code } : {}),
      ...(options.requires.hostname ? { hostname: "drill-server" } : {}),
    }
    const address = { first_name: "Ada", last_name: "Drill", address_1: "1 Main St", city: "Austin", postal_code: "73301", country_code: "us" }
    const { cart } = await ok(server, "/store/carts", {
      method: "POST",
      headers: customer.headers,
      body: { region_id: region.id, email: customer.email, billing_address: address, shipping_address: address, items: [{ variant_id: variant.id, quantity: 1, metadata: { service_config } }] },
    })
    return cart
  }
  async function completeCart(server, customer, cartId) {
    // as the checkout does: the Terms accepted, then payment
    await ok(server, `/store/carts/${cartId}/accept-terms`, { method: "POST", headers: customer.headers, body: {} })
    const { payment_collection } = await ok(server, "/store/payment-collections", { method: "POST", headers: customer.headers, body: { cart_id: cartId } })
    await ok(server, `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      method: "POST",
      headers: customer.headers,
      body: { provider_id: "pp_system_default" },
    })
    const done = await ok(server, `/store/carts/${cartId}/complete`, { method: "POST", headers: customer.headers, body: {} })
    assert(done.type === "order", `completing the cart answered ${done.type}: ${done.error?.message ?? ""}`)
    return done.order
  }

  const shopper = await newCustomer(a, "drill-shopper")

  await check("a login made on one server works on the other; the sign-in limit is shared", async () => {
    const me = await ok(b, "/store/customers/me", { headers: shopper.headers })
    assert(me.customer.email === shopper.email, "server b does not know server a's token")
    const ip = newClientIp()
    const statuses = []
    for (let i = 0; i < 6; i++) {
      const server = i % 2 ? b : a
      statuses.push((await call(server, "/auth/customer/emailpass", { method: "POST", body: { email: shopper.email, password: "wrong-password-1" }, ip })).status)
    }
    assert(statuses.slice(0, 5).every((s) => s === 401) && statuses[5] === 429, `six attempts alternating servers answered ${statuses.join(", ")} (want 5 × 401 then 429)`)
    return `answers ${statuses.join(", ")}`
  })

  await check("ending a \"view as customer\" session on server a refuses its token on server b at once", async () => {
    const { session, token } = await ok(a, "/admin/impersonation", {
      method: "POST",
      headers: admin,
      body: { customer_id: shopper.id, reason: "Drill: checking revocation across instances" },
    })
    const viewer = { authorization: `Bearer ${token}` }
    assert((await call(b, "/store/customers/me", { headers: viewer })).status === 200, "the impersonation token is refused on b before it ended")
    await ok(a, `/admin/impersonation/${session.id}/end`, { method: "POST", headers: admin, body: {} })
    const after = await call(b, "/store/customers/me", { headers: viewer })
    assert(after.status === 401, `b still answers ${after.status} to the ended session's token`)
  })

  const chatter = await newCustomer(a, "drill-chat")
  let chatId = null
  await check("chat messages cross servers both ways over the sockets", async () => {
    const customerSocket = await socketOf(a, "store", chatter.headers)
    const adminSocket = await socketOf(b, "admin", admin)
    try {
      const { chat } = await ok(a, "/store/chats", { method: "POST", headers: chatter.headers, body: { message: "Hello from the drill" } })
      chatId = chat.id
      await ok(a, `/store/chats/${chatId}/handover`, { method: "POST", headers: chatter.headers, body: {} })
      await ok(b, `/admin/chats/${chatId}/take`, { method: "POST", headers: admin, body: {} })
      await emitAck(adminSocket, "chat:join", { chat_id: chatId })

      const sentAt = Date.now()
      await ok(b, `/admin/chats/${chatId}/messages`, { method: "POST", headers: admin, body: { body: "Admin on b here" } })
      const toCustomer = await until("the admin's message on the customer's socket (server a)", () =>
        customerSocket.received.find((r) => r.event === "chat:message" && r.payload?.message?.body === "Admin on b here")
      )
      const sentAt2 = Date.now()
      await ok(a, `/store/chats/${chatId}/messages`, { method: "POST", headers: chatter.headers, body: { body: "Customer on a here" } })
      const toAdmin = await until("the customer's message on the admin's socket (server b)", () =>
        adminSocket.received.find((r) => r.event === "chat:message" && r.payload?.message?.body === "Customer on a here")
      )
      return `b → a socket in ${toCustomer.at - sentAt} ms after the request began, a → b in ${toAdmin.at - sentAt2} ms`
    } finally {
      customerSocket.close()
      adminSocket.close()
    }
  })

  await check("a notification a worker emits reaches the customer's sockets on both servers (and the admins')", async () => {
    const notified = await newCustomer(b, "drill-notify")
    const onA = await socketOf(a, "store", notified.headers)
    const onB = await socketOf(b, "store", notified.headers)
    const adminOnA = await socketOf(a, "admin", admin)
    try {
      const { ticket } = await ok(b, "/store/tickets", { method: "POST", headers: notified.headers, body: { subject: "Drill notification", body: "Does the worker reach both servers?" } })
      await until("the new ticket's notification on the admin's socket (server a)", () =>
        adminOnA.received.find((r) => r.event === "notification" && r.payload?.type === "ticket.created" && r.payload?.url === `/tickets/${ticket.id}`)
      )
      const sentAt = Date.now()
      await ok(a, `/admin/tickets/${ticket.id}/replies`, { method: "POST", headers: admin, body: { body: "Answered from the drill" } })
      const answered = (socket) => socket.received.find((r) => r.event === "notification" && r.payload?.type === "ticket.answered" && r.payload?.url?.endsWith(ticket.id))
      const first = await until("the reply's notification on the customer's socket on server a", () => answered(onA))
      const second = await until("the reply's notification on the customer's socket on server b", () => answered(onB))
      assert(first.payload.id === second.payload.id, "the two servers' sockets heard different notifications")
      return `a in ${first.at - sentAt} ms, b in ${second.at - sentAt} ms after the reply began`
    } finally {
      onA.close()
      onB.close()
      adminOnA.close()
    }
  })

  await check("suspending a customer drops their sockets on every server; nothing reaches them after", async () => {
    assert(chatId, "no chat from the previous check")
    const onA = await socketOf(a, "store", chatter.headers)
    const onB = await socketOf(b, "store", chatter.headers)
    const dropped = (socket) => new Promise((resolve) => (socket.connected ? socket.once("disconnect", () => resolve(true)) : resolve(true)))
    const both = Promise.all([dropped(onA), dropped(onB)])
    await ok(a, `/admin/customers/${chatter.id}/suspend`, { method: "POST", headers: admin, body: { reason: "Drill: suspension across instances" } })
    const inTime = await Promise.race([both.then(() => true), sleep(5000).then(() => false)])
    await ok(b, `/admin/chats/${chatId}/messages`, { method: "POST", headers: admin, body: { body: "After the suspension" } }).catch(() => undefined)
    await sleep(500)
    const leaked = [onA, onB].filter((s) => s.received.some((r) => r.event === "chat:message" && r.payload?.message?.body === "After the suspension"))
    const still = [onA, onB].map((s, i) => (s.connected ? ["a", "b"][i] : null)).filter(Boolean)
    onA.close()
    onB.close()
    assert(inTime, `5 s after the suspension the customer's sockets were still connected on ${still.join(" and ")}`)
    assert(!leaked.length, "a message sent after the suspension reached the customer's socket")
  })

  await check("an order placed on a server has its side effects once, in a worker", async () => {
    const buyer = await newCustomer(b, "drill-buyer")
    const cart = await placeOrder(a, buyer)
    const order = await completeCart(a, buyer, cart.id)
    const subscriptions = await until("the order's subscription (made by the worker)", async () => {
      const { subscriptions } = await ok(b, "/store/subscriptions", { headers: buyer.headers })
      return subscriptions.length ? subscriptions : null
    })
    await sleep(3000)
    const { subscriptions: again } = await ok(b, "/store/subscriptions", { headers: buyer.headers })
    const { notification_logs } = await ok(a, `/admin/notification-logs?to=${encodeURIComponent(buyer.email)}&template=order_confirmation`, { headers: admin })
    assert(subscriptions.length === 1 && again.length === 1, `${again.length} subscriptions for one order`)
    assert(notification_logs.length === 1, `${notification_logs.length} order confirmations for order ${order.display_id}`)
    // Medusa logs "Processing <event> which has N subscribers" where an event is handled
    const handledOn = [a, b, ...workers].filter((s) => s.readLog().includes("Processing order.placed")).map((s) => s.name)
    assert(handledOn.length && handledOn.every((name) => name.startsWith("w")), `order.placed handled on ${handledOn.join(", ") || "no instance"}`)
  })

  await check("a worker killed mid-batch loses no email; duplicates carry the same Message-ID", async () => {
    const recipient = await newCustomer(a, "drill-batch")
    smtp.setDelay(400)
    const before = smtp.messages.length
    const subjects = []
    for (let i = 0; i < 12; i++) {
      subjects.push(`Drill batch ${i}`)
      await ok(a, "/admin/notifications/email", { method: "POST", headers: admin, body: { customer_id: recipient.id, subject: `Drill batch ${i}`, body: "Batch" } })
    }
    await until("the batch to start", () => smtp.messages.slice(before).some((m) => m.subject?.startsWith("Drill batch")), 60_000)
    workers[0].child.kill("SIGKILL")
    await sleep(1000)
    workers[0] = await restartWorker(workers[0])
    smtp.setDelay(0)
    await until(
      "every batch email sent",
      async () => {
        const { notification_logs } = await ok(a, `/admin/notification-logs?to=${encodeURIComponent(recipient.email)}&template=custom&limit=50`, { headers: admin })
        return notification_logs.length === subjects.length && notification_logs.every((l) => ["sent", "delivered"].includes(l.status))
      },
      180_000
    )
    const got = smtp.messages.slice(before).filter((m) => m.subject?.startsWith("Drill batch"))
    const bySubject = new Map()
    for (const m of got) {
      bySubject.set(m.subject, [...(bySubject.get(m.subject) ?? []), m])
    }
    const missing = subjects.filter((s) => !bySubject.has(s))
    assert(!missing.length, `never received: ${missing.join(", ")}`)
    const unlike = [...bySubject.values()].filter((copies) => copies.length > 1 && new Set(copies.map((c) => c.message_id)).size > 1)
    assert(!unlike.length, `duplicates with different Message-IDs: ${unlike.map((c) => c[0].subject).join(", ")}`)
    assert(got.every((m) => m.message_id), "a message without a Message-ID")
    const duplicates = got.length - bySubject.size
    return `${bySubject.size} emails, ${duplicates} duplicate${duplicates === 1 ? "" : "s"} (same Message-ID)`
  })

  await check("an every-minute job runs once per tick with two workers", async () => {
    // the workers have been up since the start; wait until at least two ticks were seen
    await until("two ticks of deliver-webhooks", () => ticks(workers).size >= 2, Math.max(0, 150_000 - (Date.now() - started)) + 10_000)
    const seen = ticks(workers)
    const doubled = [...seen.entries()].filter(([, count]) => count > 1)
    assert(!doubled.length, `ticks run more than once: ${doubled.map(([t, n]) => `${t} × ${n}`).join(", ")}`)
    return `${seen.size} ticks, each run once`
  })

  await check("a server killed: a cart started on it is completed on the other", async () => {
    const buyer = await newCustomer(a, "drill-failover")
    const cart = await placeOrder(a, buyer)
    a.child.kill("SIGKILL")
    await sleep(500)
    const order = await completeCart(b, buyer, cart.id)
    assert(order.id, "no order")
  })

  const passed = results.filter((r) => r.ok).length
  const failed = results.length - passed
  process.stdout.write(`drill: ${passed} passed, ${failed} failed\n`)
  return { passed, failed }
}

/** tick (minute) → how many runs of deliver-webhooks the workers' logs show for it */
function ticks(workers) {
  const counts = new Map()
  const logs = new Set(workers.map((w) => w.logFile))
  for (const file of logs) {
    let text = ""
    try {
      text = readFileSync(file, "utf8")
    } catch {
      continue
    }
    for (const m of text.matchAll(/job deliver-webhooks ran as of (\S+)/g)) {
      const minute = m[1].slice(0, 16)
      counts.set(minute, (counts.get(minute) ?? 0) + 1)
    }
  }
  return counts
}
