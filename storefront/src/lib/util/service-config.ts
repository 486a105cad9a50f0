/**
 * Options chosen at purchase, as `GET /store/products/:id/service-options`
 * describes them, and the checks the product page runs while the buyer
 * types. They mirror the backend's rules (backend/src/lib/service-config.ts),
 * which decide: the server refuses anything else with a 400.
 */
import type { ServiceConfig } from "@cs/http-types"
export type { ServiceConfig }

export type ServiceChoice = { code: string; label: string }

export type ServiceOptions = {
  kind: "server" | "managed" | "domain" | "none"
  locations: ServiceChoice[]
  os_images: ServiceChoice[]
  requires: { location: boolean; os: boolean; hostname: boolean; domain: boolean }
  /** Domain plans: the TLDs sold, with the leading dot (".com"). */
  tlds: string[]
}

export const NO_SERVICE_OPTIONS: ServiceOptions = {
  kind: "none",
  locations: [],
  os_images: [],
  requires: { location: false, os: false, hostname: false, domain: false },
  tlds: [],
}

/** Whether the product page shows choosers for this product. */
export function hasChoices(options: ServiceOptions) {
  return options.kind !== "none" && (options.locations.length > 0 || options.os_images.length > 0 || options.kind === "domain")
}

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/

/** RFC 1123 hostname (lowercase labels of 1–63 [a-z0-9-], ≤ 253 characters, not ending in a number). */
export function hostnameError(hostname: string): string | null {
  if (!hostname) return "Enter a hostname."
  if (hostname.length > 253) return "A hostname has at most 253 characters."
  if (/[A-Z]/.test(hostname)) return "Use lowercase letters in the hostname."
  const labels = hostname.split(".")
  for (const label of labels) {
    if (!label) return "A hostname can't start or end with a dot or contain two dots in a row."
    if (label.length > 63) return "Each part of a hostname between dots has at most 63 characters."
    if (!LABEL.test(label)) {
      return /^-|-$/.test(label)
        ? "A part of a hostname can't start or end with a hyphen."
        : "A hostname may contain only letters a–z, digits, hyphens and dots."
    }
  }
  if (/^\d+$/.test(labels[labels.length - 1])) {
    return "A hostname can't end in a number (it would read as an IP address)."
  }
  return null
}

/** `<name><tld>` with one of `tlds`, no subdomains. */
export function domainError(domain: string, tlds: string[]): string | null {
  if (!domain) return "Enter the domain name to register."
  if (/[A-Z]/.test(domain)) return "Use lowercase letters in the domain name."
  if (domain.length > 253) return "A domain name has at most 253 characters."
  const tld = [...tlds].sort((a, b) => b.length - a.length).find((t) => domain.endsWith(t))
  if (!tld) return `This plan registers ${tlds.join(", ")} domains; "${domain}" is not one.`
  const name = domain.slice(0, -tld.length)
  if (!name) return `Enter the name before ${tld}.`
  if (name.includes(".")) return `Enter the domain without subdomains, like example${tld}.`
  if (name.length > 63) return "The name before the extension has at most 63 characters."
  if (!LABEL.test(name)) {
    return /^-|-$/.test(name)
      ? "A domain name can't start or end with a hyphen."
      : "A domain name may contain only letters a–z, digits and hyphens."
  }
  return null
}

const SSH_KEY_TYPES = [
  "ssh-ed25519",
  "ssh-rsa",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com",
  "sk-ecdsa-sha2-nistp256@openssh.com",
]

function decodeBase64(data: string): Uint8Array | null {
  if (!data || data.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return null
  try {
    return Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

/**
 * A first look at a pasted SSH public key: one OpenSSH line whose data
 * decodes and names the same key type (the server checks the key itself,
 * RSA size included). Empty is fine: the key is optional.
 */
export function sshKeyError(input: string): string | null {
  const text = input.trim()
  if (!text) return null
  if (/PRIVATE KEY|PuTTY-User-Key-File/i.test(text)) {
    return "That is a private key. Paste your public key (the .pub file) and keep the private key to yourself."
  }
  if (/[\r\n]/.test(text)) return "Paste one SSH public key, on one line."
  const [type, data] = text.split(/\s+/)
  if (!SSH_KEY_TYPES.includes(type)) {
    return type === "ssh-dss"
      ? "DSA keys are no longer accepted; use an Ed25519, ECDSA or RSA (2048 bits or more) key."
      : "That is not an SSH public key: it must start with ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256."
  }
  const blob = decodeBase64(data ?? "")
  if (!blob || blob.length < 4) {
    return `That ${type} key is damaged. Copy the whole line of the .pub file.`
  }
  const length = new DataView(blob.buffer).getUint32(0)
  const embedded = new TextDecoder("latin1").decode(blob.subarray(4, 4 + length))
  if (embedded !== type) {
    return `That key says ${type} but its data is a different kind of key. Copy the whole line of the .pub file.`
  }
  return null
}

/** The problems of each field of the form, by field. */
export function serviceConfigFieldErrors(
  options: ServiceOptions,
  config: ServiceConfig,
  planTld?: string | null
): Partial<Record<keyof ServiceConfig, string>> {
  const errors: Partial<Record<keyof ServiceConfig, string>> = {}
  if (options.requires.location && !config.location) errors.location = "Choose a data center."
  if (options.requires.os && !config.os) errors.os = "Choose an operating system."
  if (options.requires.hostname) {
    const problem = hostnameError(config.hostname ?? "")
    if (problem) errors.hostname = problem
  }
  if (options.kind === "server") {
    const problem = sshKeyError(config.ssh_key ?? "")
    if (problem) errors.ssh_key = problem
  }
  if (options.requires.domain) {
    const problem = domainError(config.domain ?? "", planTld ? [planTld] : options.tlds)
    if (problem) errors.domain = problem
  }
  return errors
}

/** What goes into the line item: only the options this product takes, SSH key only when given. */
export function toServiceConfig(options: ServiceOptions, config: ServiceConfig): ServiceConfig | undefined {
  if (options.kind === "domain") return { domain: config.domain ?? "" }
  if (options.kind === "managed") return config.location ? { location: config.location } : undefined
  if (options.kind !== "server") return undefined
  const ssh = config.ssh_key?.trim()
  return {
    ...(config.location ? { location: config.location } : {}),
    ...(config.os ? { os: config.os } : {}),
    hostname: config.hostname ?? "",
    ...(ssh ? { ssh_key: ssh } : {}),
  }
}

/** A hostname the page suggests ("cloud-vps-7k2f"), which the buyer may change. */
export function suggestHostname(handle: string, seed = Math.random()) {
  const base = handle.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "server"
  return `${base}-${Math.floor(seed * 36 ** 4).toString(36).padStart(4, "0")}`
}

/** A line item's `service_config`, when it has one. */
export function lineServiceConfig(metadata: Record<string, unknown> | null | undefined): ServiceConfig | null {
  const value = metadata?.service_config
  return value && typeof value === "object" && !Array.isArray(value) ? (value as ServiceConfig) : null
}

/** The chosen options as label/value rows, with the product's labels where known. */
export function describeServiceConfig(config: ServiceConfig, options?: ServiceOptions | null) {
  const label = (list: ServiceChoice[] | undefined, code: string) => list?.find((c) => c.code === code)?.label ?? code
  const rows: { key: keyof ServiceConfig; label: string; value: string }[] = []
  if (config.domain) rows.push({ key: "domain", label: "Domain", value: config.domain })
  if (config.location) rows.push({ key: "location", label: "Data center", value: label(options?.locations, config.location) })
  if (config.os) rows.push({ key: "os", label: "OS", value: label(options?.os_images, config.os) })
  if (config.hostname) rows.push({ key: "hostname", label: "Hostname", value: config.hostname })
  if (config.ssh_key) {
    const [type, , ...comment] = config.ssh_key.trim().split(/\s+/)
    rows.push({ key: "ssh_key", label: "SSH key", value: [type, comment.join(" ")].filter(Boolean).join(" · ") })
  }
  return rows
}
