import { randomBytes } from "node:crypto"
import type { Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { sshKeyFingerprint } from "../../lib/service-config"
import {
  AbstractProvisioningProvider,
  type ProviderActionInput,
  type ProviderActionResult,
  type ServiceActionName,
} from "../../lib/provisioning-provider"
import { generatePassword } from "../../lib/provisioning-utils"

export type LocalProviderOptions = {
  /** IPv4 pool in CIDR notation; network and broadcast addresses are never handed out */
  ipv4Pool?: string
  /** IPv6 prefix (a /64 or wider); each service gets one address in it */
  ipv6Prefix?: string
  /** simulated API latency per action */
  delayMs?: number
}

/** One call as the simulator saw it (for the admin's and the tests' eyes; no secrets). */
export type LocalCall = { action: ServiceActionName; action_id: string; service_id: string; attempt: number; at: Date }

const KEEP_CALLS = 500

/**
 * The offline cloud: what a real provider does, without one. Provisioning
 * takes an IPv4 from the configured pool (the database's unique index on
 * service.ipv4 settles races: a taken address is skipped), derives the IPv6
 * from the prefix, sets the hostname, makes a root password and "installs"
 * the SSH key (its fingerprint is recorded). Every action takes `delayMs`
 * like a real API call. Terminate gives the address back (the module clears
 * it); reinstall makes a new password.
 */
class LocalProvisioningProvider extends AbstractProvisioningProvider {
  static identifier = "provisioning-local"
  protected readonly logger_: Logger
  protected readonly pool_: { network: number; size: number }
  protected readonly ipv6Prefix_: string
  protected readonly delayMs_: number
  /** the last calls, newest last */
  readonly calls: LocalCall[] = []

  static validateOptions(options: Record<string, unknown>) {
    const o = options as LocalProviderOptions
    parsePool(o.ipv4Pool ?? "198.51.100.0/24")
    parsePrefix(o.ipv6Prefix ?? "2001:db8:10::/64")
  }

  constructor({ logger }: { logger: Logger }, options: LocalProviderOptions = {}) {
    super()
    this.logger_ = logger
    this.pool_ = parsePool(options.ipv4Pool ?? "198.51.100.0/24")
    this.ipv6Prefix_ = parsePrefix(options.ipv6Prefix ?? "2001:db8:10::/64")
    this.delayMs_ = Math.max(0, Number(options.delayMs ?? 1500))
  }

  async provision(input: ProviderActionInput): Promise<ProviderActionResult> {
    await this.call(input)
    const config = (input.data.config ?? {}) as Record<string, unknown>
    const kind = String(input.data.kind ?? "server")
    const hostname =
      input.service.hostname || text(config.domain) || text(config.hostname) || `srv-${input.service.id.slice(-8).toLowerCase()}`
    if (kind === "domain" || kind === "none") {
      // nothing to address: a domain is its name, an add-on rides on another service
      return { status: "succeeded", service: { hostname, external_id: `local-${input.service.id}` } }
    }
    const ipv4 = input.service.ipv4 ?? (await this.allocateIpv4(input))
    const sshKey = typeof config.ssh_key === "string" ? config.ssh_key : null
    return {
      status: "succeeded",
      service: {
        ipv4,
        ipv6: this.ipv6For(ipv4),
        hostname,
        root_password: generatePassword(),
        ssh_key_fingerprint: sshKey ? sshKeyFingerprint(sshKey) : null,
        external_id: `local-${input.service.id}`,
      },
      data: { ipv4 },
    }
  }

  async suspend(input: ProviderActionInput): Promise<ProviderActionResult> {
    await this.call(input)
    return { status: "succeeded" }
  }

  async unsuspend(input: ProviderActionInput): Promise<ProviderActionResult> {
    await this.call(input)
    return { status: "succeeded" }
  }

  async terminate(input: ProviderActionInput): Promise<ProviderActionResult> {
    await this.call(input)
    // the module clears service.ipv4: the address is free for the next service
    return { status: "succeeded", data: { released_ipv4: input.service.ipv4 } }
  }

  async reboot(input: ProviderActionInput): Promise<ProviderActionResult> {
    await this.call(input)
    return { status: "succeeded" }
  }

  async reinstall(input: ProviderActionInput): Promise<ProviderActionResult> {
    await this.call(input)
    const sshKey = typeof input.data.ssh_key === "string" ? input.data.ssh_key : null
    return {
      status: "succeeded",
      service: {
        os: typeof input.data.os === "string" ? input.data.os : input.service.os,
        root_password: generatePassword(),
        ...(sshKey ? { ssh_key_fingerprint: sshKeyFingerprint(sshKey) } : {}),
      },
    }
  }

  /** Records the call and waits like a real API would. */
  protected async call(input: ProviderActionInput) {
    this.calls.push({ action: input.action, action_id: input.action_id, service_id: input.service.id, attempt: input.attempt, at: new Date() })
    if (this.calls.length > KEEP_CALLS) {
      this.calls.splice(0, this.calls.length - KEEP_CALLS)
    }
    this.logger_.info(`Local provisioning: ${input.action} of service ${input.service.id} (action ${input.action_id}, attempt ${input.attempt})`)
    if (this.delayMs_) {
      await new Promise((resolve) => setTimeout(resolve, this.delayMs_))
    }
  }

  /**
   * A free address: a random start in the pool, then the next ones, each
   * claimed through the database (which refuses one another service holds).
   */
  protected async allocateIpv4(input: ProviderActionInput): Promise<string> {
    const { network, size } = this.pool_
    const start = randomBytes(4).readUInt32BE() % size
    for (let i = 0; i < size; i++) {
      const offset = (start + i) % size
      const last = (network + offset) & 255
      // never the block's network or broadcast address, nor any x.x.x.0 / x.x.x.255
      if (offset === 0 || offset === size - 1 || last === 0 || last === 255) {
        continue
      }
      const candidate = toIpv4(network + offset)
      if (await input.claimIpv4(candidate)) {
        return candidate
      }
    }
    throw new MedusaError(MedusaError.Types.CONFLICT, "The IPv4 pool is exhausted")
  }

  /** <prefix>::<the IPv4 in hex>: unique because the IPv4 is. */
  protected ipv6For(ipv4: string): string {
    const n = toNumber(ipv4)
    return `${this.ipv6Prefix_}${((n >>> 16) & 0xffff).toString(16)}:${(n & 0xffff).toString(16)}`
  }
}

export default LocalProvisioningProvider

/** "198.51.100.0/24" → the block's network address and size. */
function parsePool(cidr: string): { network: number; size: number } {
  const [address, bitsText] = cidr.split("/")
  const bits = Number(bitsText)
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(address ?? "") || !Number.isInteger(bits) || bits < 8 || bits > 30) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `PROVISIONING_IPV4_POOL "${cidr}" is not an IPv4 CIDR block from /8 to /30`)
  }
  const mask = (0xffffffff << (32 - bits)) >>> 0
  return { network: (toNumber(address) & mask) >>> 0, size: 2 ** (32 - bits) }
}

/** "2001:db8:10::/64" → "2001:db8:10::" (addresses are the prefix plus two groups). */
function parsePrefix(cidr: string): string {
  const [prefix, bitsText] = cidr.split("/")
  const bits = Number(bitsText ?? 64)
  if (!prefix || !prefix.includes(":") || !Number.isInteger(bits) || bits > 96) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `PROVISIONING_IPV6_PREFIX "${cidr}" is not an IPv6 prefix of /96 or wider`)
  }
  return prefix.endsWith("::") ? prefix : `${prefix.replace(/:+$/, "")}::`
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : ""
}

function toNumber(ipv4: string): number {
  return ipv4.split(".").reduce((n, part) => ((n << 8) + Number(part)) >>> 0, 0)
}

function toIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join(".")
}
