import type { MedusaContainer } from "@medusajs/framework/types"
import { generateKeyPairSync } from "node:crypto"
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { Webhook } from "standardwebhooks"
import { pickPort } from "./stubs"
import { PROVISIONING_MODULE } from "../src/modules/provisioning"
import type LocalProvisioningProvider from "../src/modules/provisioning-local/service"
import type ProvisioningModuleService from "../src/modules/provisioning/service"
import { runServiceActionWorkflow } from "../src/workflows/provisioning"
import {
  adminHeaders,
  eventually,
  findVariant,
  markOrderPaid,
  payAndComplete,
  registerCustomer,
  seedStore,
  type StoreContext,
  US_ADDRESS,
} from "./helpers"

export const DAY = 86_400_000
export const MINUTE = 60_000
export const WEBHOOK_SECRET = `whsec_${Buffer.from("provisioning-spec-webhook-secret-0123456789").toString("base64")}`

// read by medusa-config.ts when the app boots (this file's own process.env)
process.env.PROVISIONING_LOCAL_DELAY_MS = "100"
process.env.PROVISIONING_MAX_ATTEMPTS = "3"
// retries are driven by the job with an asOf in the future; the real every-minute job never gets to them
process.env.PROVISIONING_RETRY_BASE_SECONDS = "1800"
process.env.PROVISIONING_RETRY_MAX_SECONDS = "7200"
process.env.PROVISIONING_WEBHOOK_SECRET = WEBHOOK_SECRET
process.env.PROVISIONING_WEBHOOK_TIMEOUT_MS = "3000"
// the receiver's port is only known once it listens: the provider reads the URL when the app boots,
// so it points at a fixed local port the receiver below binds
export const RECEIVER_PORT = pickPort()
process.env.PROVISIONING_WEBHOOK_URL = `http://127.0.0.1:${RECEIVER_PORT}/provision`

/** An operator's platform: verifies every request with the standardwebhooks library, answers as told. */
export type Received = { id: string; type: string; data: Record<string, any>; verified: boolean }
export const platform = {
  mode: "accept" as "accept" | "fail" | "sync",
  requests: [] as Received[],
  server: null as Server | null,
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => resolve(body))
  })
}

export async function startPlatform() {
  platform.server = createServer(async (req, res) => {
    const body = await readBody(req)
    let verified = false
    let payload: any = null
    try {
      payload = new Webhook(WEBHOOK_SECRET).verify(body, req.headers as Record<string, string>)
      verified = true
    } catch {
      payload = JSON.parse(body || "{}")
    }
    platform.requests.push({ id: String(req.headers["webhook-id"]), type: payload?.type, data: payload?.data ?? {}, verified })
    if (!verified) {
      res.writeHead(401).end()
    } else if (platform.mode === "fail") {
      res.writeHead(500, { "content-type": "text/plain" }).end("hypervisor unavailable")
    } else if (platform.mode === "sync") {
      const n = platform.requests.length
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          status: "succeeded",
          service: { ipv4: `203.0.113.${n}`, hostname: `ext-${n}`, root_password: `Platform-Sync-${n}`, external_id: `ext-${n}` },
        })
      )
    } else {
      res.writeHead(202, { "content-type": "application/json" }).end("{}")
    }
  })
  await new Promise<void>((resolve) => platform.server!.listen(RECEIVER_PORT, "127.0.0.1", resolve))
  expect((platform.server!.address() as AddressInfo).port).toBe(RECEIVER_PORT)
}

/** An OpenSSH ed25519 public key line, as a customer pastes it. */
export function sshPublicKey() {
  const { publicKey } = generateKeyPairSync("ed25519")
  const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32)
  const field = (b: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(b.length)
    return Buffer.concat([length, b])
  }
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from("ssh-ed25519")), field(raw)]).toString("base64")} ada@laptop`
}

/**
 * The shared set-up of the provisioning specs (provisioning.spec.ts, provisioning-credentials-webhook.spec.ts): registers
 * their hooks in the calling test suite and hands back its helpers.
 */
export function setupProvisioningSpec({ api, getContainer }: { api: any; getContainer: () => MedusaContainer }) {
  let ctx: StoreContext
  let admin: { headers: Record<string, string> }

  beforeAll(async () => {
    await startPlatform()
    ctx = await seedStore(getContainer(), api)
    admin = await adminHeaders(api)
  })

  afterAll(async () => {
    await new Promise((resolve) => platform.server?.close(resolve))
  })

  beforeEach(() => {
    platform.mode = "accept"
    platform.requests = []
  })

  const provisioning = () => getContainer().resolve(PROVISIONING_MODULE) as ProvisioningModuleService
  const local = () => provisioning().provider("local") as unknown as LocalProvisioningProvider
  const callsFor = (serviceId: string, action: string) => local().calls.filter((c) => c.service_id === serviceId && c.action === action)
  const getSub = async (shopper: { headers: any }, id: string) => (await api.get(`/store/subscriptions/${id}`, shopper.headers)).data.subscription
  const adminSub = async (id: string) => (await api.get(`/admin/subscriptions/${id}`, admin)).data.subscription
  const actionsOf = async (id: string, action: string) => ((await adminSub(id)).service_actions as any[]).filter((a) => a.action === action)
  const lifecycle = (subscriptionId: string, action: "suspend" | "unsuspend") =>
    runServiceActionWorkflow(getContainer()).run({
      input: { subscription_id: subscriptionId, action, mode: "lifecycle", requested_by: "system", asOf: new Date() },
    })

  /** Buys one plan with the options chosen on the product page, pays it (the admin's capture) and waits for the subscription. */
  async function buy(
    { handle = "cloud-vps", plan = "Standard", config = {} as Record<string, unknown>, shopper = null as any } = {}
  ) {
    shopper ??= await registerCustomer(api, ctx)
    const { line } = await findVariant(api, ctx, handle, plan, "Monthly")
    const service_config = { ...((line as any).metadata?.service_config ?? {}), ...config }
    const { data } = await api.post(
      "/store/carts",
      { region_id: ctx.regions["North America"].id, items: [{ ...line, metadata: { service_config } }] },
      shopper.headers
    )
    await api.post(`/store/carts/${data.cart.id}`, { email: shopper.email, billing_address: US_ADDRESS, shipping_address: US_ADDRESS }, shopper.headers)
    const { data: placed } = await payAndComplete(api, data.cart.id, shopper.headers)
    const order = placed.order
    const { data: list } = await eventually(
      () => api.get("/store/subscriptions", shopper.headers),
      (r: any) => r.data.subscriptions.some((s: any) => s.order_id === order.id)
    )
    const sub = list.subscriptions.find((s: any) => s.order_id === order.id)
    await markOrderPaid(api, order.id)
    return { shopper, order, sub }
  }

  const active = (shopper: any, id: string) =>
    eventually(() => getSub(shopper, id), (s) => s.service?.status === "active", 100)

  return {
    provisioning, local, callsFor, getSub, adminSub, actionsOf, lifecycle, active, buy,
    /** the values the hooks above set, read after they ran */
    state: () => ({ ctx, admin }),
  }
}
