import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  errorOf,
  eventually,
  findVariant,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
  US_ADDRESS,
} from "../helpers"

jest.setTimeout(180 * 1000)

// from `ssh-keygen -t ed25519` / `ssh-keygen -t rsa -b 1024`: public halves only
const ED25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIz+gEPhrwnXJeJPA8DV7wJIxLjkklzA4NKrpKvN/YQK ada@laptop"
const RSA_1024 =
  "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDb9iNsGqlKXP5COiP9GtAxIA3gwx5h0WgqJbvg1zoCP2B8ufZW0yy8gFO6h1/Xn7+WVVLoWOB634wwNCHr1AqgpSFmLN8nPlG7ksb95MrZZeQGNeC9LdRsDs1KE+Wkpiozl8arTxMQ68hAm0aUMrDUaKxgCQ8Y0LUGQQZe5/EJoQ== old@box"
const PRIVATE_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----"

const SERVER = { location: "frankfurt-de", os: "debian-12", hostname: "web-01.example.com" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    const productId = async (handle: string) =>
      (await api.get(`/store/products?handle=${handle}&fields=id`, ctx.storeHeaders)).data.products[0].id as string
    const options = async (handle: string) =>
      (await api.get(`/store/products/${await productId(handle)}/service-options`, ctx.storeHeaders)).data

    describe("GET /store/products/:id/service-options", () => {
      it("offers a VPS its six data centers and the OS images, and asks for a hostname", async () => {
        const vps = await options("cloud-vps")
        expect(vps.kind).toBe("server")
        expect(vps.locations).toHaveLength(6)
        expect(vps.locations).toContainEqual({ code: "ashburn-us", label: "Ashburn, US" })
        expect(vps.os_images.map((o: any) => o.code)).toEqual(["ubuntu-24.04", "debian-12", "rocky-9", "alma-9"])
        expect(vps.os_images[0]).toEqual({ code: "ubuntu-24.04", label: "Ubuntu 24.04 LTS" })
        expect(vps.requires).toEqual({ location: true, os: true, hostname: true, domain: false })
        expect(vps.tlds).toEqual([])
        // a dedicated server only where it is racked
        expect((await options("dedicated-server")).locations.map((l: any) => l.code)).toEqual([
          "ashburn-us",
          "frankfurt-de",
          "london-gb",
          "mumbai-in",
        ])
      })

      it("asks a managed database only for its data center, and an edge service for nothing", async () => {
        const postgres = await options("managed-postgresql")
        expect(postgres).toMatchObject({ kind: "managed", os_images: [], tlds: [] })
        expect(postgres.locations).toHaveLength(6)
        expect(postgres.requires).toEqual({ location: true, os: false, hostname: false, domain: false })
        expect((await options("global-cdn")).requires).toEqual({ location: false, os: false, hostname: false, domain: false })
      })

      it("asks a domain plan for a name in its TLDs", async () => {
        expect(await options("domain-registration")).toEqual({
          kind: "domain",
          locations: [],
          os_images: [],
          requires: { location: false, os: false, hostname: false, domain: true },
          tlds: [".com", ".net", ".io"],
        })
      })

      it("answers 404 for an unknown product and 400 for unknown parameters", async () => {
        expect(await statusOf(api.get("/store/products/prod_01JZZZZZZZZZZZZZZZZZZZZZZZ/service-options", ctx.storeHeaders))).toBe(404)
        expect(await statusOf(api.get(`/store/products/${await productId("cloud-vps")}/service-options?x=1`, ctx.storeHeaders))).toBe(400)
      })
    })

    describe("POST /store/carts/:id/line-items with metadata.service_config", () => {
      let vpsVariant: string
      let pgVariant: string
      let domainNet: string
      let shopper: Awaited<ReturnType<typeof registerCustomer>>
      let cartId: string
      let existingLine: string

      // the database is restored before each test: every test starts from a cart holding one database line
      beforeEach(async () => {
        vpsVariant = (await findVariant(api, ctx, "cloud-vps", "Standard", "Monthly")).variant.id
        pgVariant = (await findVariant(api, ctx, "managed-postgresql", "Hobby", "Monthly")).variant.id
        domainNet = (await findVariant(api, ctx, "domain-registration", ".net", "Yearly")).variant.id
        shopper = await registerCustomer(api, ctx)
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: ctx.regions["North America"].id,
            items: [{ variant_id: pgVariant, quantity: 1, metadata: { service_config: { location: "ashburn-us" } } }],
          },
          shopper.headers
        )
        cartId = data.cart.id
        existingLine = data.cart.items[0].id
      })

      const cartItems = async () =>
        (await api.get(`/store/carts/${cartId}?fields=id,*items`, shopper.headers)).data.cart.items
          .map((i: any) => ({ id: i.id, variant_id: i.variant_id, quantity: i.quantity, metadata: i.metadata }))
          .sort((a: any, b: any) => a.id.localeCompare(b.id))
      const add = (variant_id: string, service_config?: unknown) =>
        errorOf(
          api.post(
            `/store/carts/${cartId}/line-items`,
            { variant_id, quantity: 1, ...(service_config === undefined ? {} : { metadata: { service_config } }) },
            shopper.headers
          )
        )

      it("keeps a valid configuration on the line, SSH key included", async () => {
        const { data } = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: vpsVariant, quantity: 1, metadata: { service_config: { ...SERVER, ssh_key: ED25519 } } },
          shopper.headers
        )
        const line = data.cart.items.find((i: any) => i.variant_id === vpsVariant)
        expect(line.metadata.service_config).toEqual({ ...SERVER, ssh_key: ED25519 })
        const { data: created } = await api.post(
          "/store/carts",
          { region_id: ctx.regions["North America"].id, items: [{ variant_id: domainNet, quantity: 1, metadata: { service_config: { domain: "my-startup.net" } } }] },
          shopper.headers
        )
        expect(created.cart.items[0].metadata.service_config).toEqual({ domain: "my-startup.net" })
        // the same VPS with another hostname is another line (another server)
        const { data: second } = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: vpsVariant, quantity: 1, metadata: { service_config: { ...SERVER, hostname: "web-02" } } },
          shopper.headers
        )
        expect(second.cart.items.filter((i: any) => i.variant_id === vpsVariant)).toHaveLength(2)
      })

      it("refuses each bad option with 400 and leaves the cart as it was", async () => {
        const entry = (await findVariant(api, ctx, "dedicated-server", "Entry", "Monthly")).variant.id
        const cases: [string, string, unknown, RegExp][] = [
          ["an unknown data center", vpsVariant, vps({ location: "mars-1" }), /Unknown data center "mars-1"/],
          ["a data center the product is not in", entry, vps({ location: "toronto-ca" }), /Unknown data center "toronto-ca"/],
          ["an unknown OS image", vpsVariant, vps({ os: "windows-11" }), /Unknown operating system "windows-11"/],
          ["a hostname with an underscore", vpsVariant, vps({ hostname: "web_01" }), /only letters a–z, digits, hyphens and dots/],
          ["a hostname starting with a hyphen", vpsVariant, vps({ hostname: "-web" }), /hyphen/],
          ["a hostname longer than 253 characters", vpsVariant, vps({ hostname: `${"a".repeat(63)}.`.repeat(4) + "abc" }), /253/],
          ["an IP address as hostname", vpsVariant, vps({ hostname: "10.0.0.1" }), /IP address/],
          ["a private key", vpsVariant, vps({ ssh_key: PRIVATE_KEY }), /private key/],
          ["garbage as SSH key", vpsVariant, vps({ ssh_key: "ssh-ed25519 bm90IGEga2V5" }), /damaged/],
          ["a 1024-bit RSA key", vpsVariant, vps({ ssh_key: RSA_1024 }), /at least 2048 bits/],
          ["a key whose data is another type", vpsVariant, vps({ ssh_key: `ssh-rsa ${ED25519.split(" ")[1]}` }), /different kind of key/],
          ["a missing hostname", vpsVariant, { location: "ashburn-us", os: "debian-12" }, /Enter a hostname/],
          ["no options at all", vpsVariant, undefined, /^Cloud VPS: Choose the data center, operating system and hostname/],
          ["options the product does not have", vpsVariant, vps({ domain: "example.com" }), /no domain name to choose/],
          ["a domain in another TLD than the plan's", domainNet, { domain: "my-startup.com" }, /registers \.net domains/],
          ["a domain with a subdomain", domainNet, { domain: "www.my-startup.net" }, /without subdomains/],
          ["a domain plan without a domain", domainNet, undefined, /^Domain Registration: Enter the domain name/],
          ["a database without its data center", pgVariant, undefined, /^Managed PostgreSQL: Choose the data center/],
        ]
        const before = await cartItems()
        const outcomes: unknown[] = []
        for (const [name, variant, config, message] of cases) {
          const refused = await add(variant, config)
          outcomes.push({ name, status: refused.status, message: message.test(refused.message) || refused.message, unchanged: equal(await cartItems(), before) })
        }
        expect(outcomes).toEqual(cases.map(([name]) => ({ name, status: 400, message: true, unchanged: true })))
      })

      it("refuses a new cart with a bad line, creating no cart", async () => {
        const { data: me } = await api.get("/store/customers/me?fields=id", shopper.headers)
        const carts = getContainer().resolve(Modules.CART)
        const before = await carts.listCarts({ customer_id: me.customer.id }, { select: ["id"] })
        const refused = await errorOf(
          api.post(
            "/store/carts",
            { region_id: ctx.regions["North America"].id, items: [{ variant_id: vpsVariant, quantity: 1, metadata: { service_config: vps({ os: "plan9" }) } }] },
            shopper.headers
          )
        )
        expect(refused.status).toBe(400)
        expect(refused.message).toMatch(/Unknown operating system "plan9"/)
        expect(await carts.listCarts({ customer_id: me.customer.id }, { select: ["id"] })).toEqual(before)
      })

      it("checks options again when a line's metadata is replaced; a quantity change leaves them alone", async () => {
        const line = (await cartItems()).find((i: any) => i.id === existingLine)
        const before = await cartItems()
        const refused = await errorOf(
          api.post(`/store/carts/${cartId}/line-items/${existingLine}`, { quantity: 1, metadata: { service_config: { location: "atlantis" } } }, shopper.headers)
        )
        expect(refused.status).toBe(400)
        expect(refused.message).toMatch(/Unknown data center "atlantis"/)
        expect(await cartItems()).toEqual(before)

        const { data } = await api.post(`/store/carts/${cartId}/line-items/${existingLine}`, { quantity: 2 }, shopper.headers)
        expect(data.cart.items.find((i: any) => i.id === existingLine)).toMatchObject({ quantity: 2, metadata: line.metadata })
        const { data: moved } = await api.post(
          `/store/carts/${cartId}/line-items/${existingLine}`,
          { quantity: 1, metadata: { service_config: { location: "london-gb" } } },
          shopper.headers
        )
        expect(moved.cart.items.find((i: any) => i.id === existingLine).metadata.service_config).toEqual({ location: "london-gb" })
      })
    })

    describe("the subscription of a configured purchase", () => {
      it("keeps the options chosen at purchase", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { variant } = await findVariant(api, ctx, "cloud-vps", "Starter", "Monthly")
        const config = { location: "london-gb", os: "rocky-9", hostname: "app.example.org", ssh_key: ED25519 }
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: ctx.regions["North America"].id,
            email: shopper.email,
            billing_address: US_ADDRESS,
            shipping_address: US_ADDRESS,
            items: [{ variant_id: variant.id, quantity: 1, metadata: { service_config: config } }],
          },
          shopper.headers
        )
        const { data: done } = await payAndComplete(api, data.cart.id, shopper.headers)
        expect(done.order.items[0].metadata.service_config).toEqual(config)
        const { data: list } = await eventually(
          () => api.get("/store/subscriptions", shopper.headers),
          (r: any) => r.data.subscriptions.length > 0
        )
        const { data: one } = await api.get(`/store/subscriptions/${list.subscriptions[0].id}`, shopper.headers)
        expect(one.subscription.service_config).toEqual(config)
      })
    })
  },
})

function vps(change: Record<string, unknown>) {
  return { ...SERVER, ...change }
}

function equal(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b)
}
