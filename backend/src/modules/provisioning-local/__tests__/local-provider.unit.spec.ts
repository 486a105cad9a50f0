import type { ProviderActionInput } from "../../../lib/provisioning-provider"
import LocalProvisioningProvider from "../service"

const logger = { info: () => undefined, warn: () => undefined, error: () => undefined } as never

function input(claimIpv4: (ip: string) => Promise<boolean>, overrides: Partial<ProviderActionInput> = {}): ProviderActionInput {
  return {
    action_id: "svcact_1",
    action: "provision",
    attempt: 1,
    service: {
      id: "svc_01TESTSERVICE",
      subscription_id: "sub_1",
      order_id: "order_1",
      customer_id: "cus_1",
      status: "provisioning",
      ipv4: null,
      ipv6: null,
      hostname: null,
      location: "frankfurt-de",
      os: "debian-12",
      external_id: null,
    },
    data: { kind: "server", config: { hostname: "web-01" } },
    claimIpv4,
    ...overrides,
  }
}

describe("local provider", () => {
  it("hands out every usable address of the pool once, never .0 or .255, then says it is exhausted", async () => {
    const provider = new LocalProvisioningProvider({ logger }, { ipv4Pool: "10.0.0.0/23", ipv6Prefix: "2001:db8:1::/64", delayMs: 0 })
    const taken = new Set<string>()
    const claim = async (ip: string) => (taken.has(ip) ? false : (taken.add(ip), true))
    const results: string[] = []
    for (let i = 0; i < 508; i++) {
      const result = await provider.provision(input(claim))
      results.push((result as any).service.ipv4)
    }
    expect(new Set(results).size).toBe(508)
    expect(results.filter((ip) => /\.(0|255)$/.test(ip))).toEqual([])
    await expect(provider.provision(input(claim))).rejects.toThrow(/exhausted/)
  })

  it("keeps an address it already has, derives the IPv6 from it and records the call", async () => {
    const provider = new LocalProvisioningProvider({ logger }, { delayMs: 0 })
    const result = (await provider.provision(
      input(async () => {
        throw new Error("must not allocate")
      }, { service: { ...input(async () => true).service, ipv4: "198.51.100.7" } })
    )) as any
    expect(result.service).toMatchObject({ ipv4: "198.51.100.7", ipv6: "2001:db8:10::c633:6407", hostname: "web-01" })
    expect(result.service.root_password).toHaveLength(24)
    expect(provider.calls).toEqual([expect.objectContaining({ action: "provision", action_id: "svcact_1", attempt: 1 })])
  })

  it("refuses a pool that is not an IPv4 CIDR block", () => {
    expect(() => LocalProvisioningProvider.validateOptions({ ipv4Pool: "198.51.100.0" })).toThrow(/PROVISIONING_IPV4_POOL/)
    expect(() => LocalProvisioningProvider.validateOptions({ ipv6Prefix: "not-v6" })).toThrow(/PROVISIONING_IPV6_PREFIX/)
  })
})
