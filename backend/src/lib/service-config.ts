import { parseSshPublicKey } from "./ssh-public-key"

export { parseSshPublicKey, sshKeyFingerprint, type SshPublicKey } from "./ssh-public-key"

/**
 * Options chosen at purchase: what a product lets the buyer pick (data
 * center, OS image, hostname, SSH key, domain name) and the rules a line
 * item's `metadata.service_config` must follow. Pure functions, shared by
 * `GET /store/products/:id/service-options` and the cart validate hooks; the
 * storefront mirrors the rules in `storefront/src/lib/util/service-config.ts`.
 *
 * What a product asks for follows from its metadata:
 * - `service_kind` ("server" | "managed" | "domain" | "none") when set; else
 *   "domain" when it lists `domain_tlds`, "server" in a server category
 *   (compute), "managed" when it names data centers, otherwise "none";
 * - locations: `service_specs.locations` (labels like "Ashburn, US");
 * - OS images: `os_images` ([{ code, label }] or codes) or, for servers, DEFAULT_OS_IMAGES.
 */

export type ServiceKind = "server" | "managed" | "domain" | "none"

export type ServiceChoice = { code: string; label: string }

export type ServiceOptions = {
  kind: ServiceKind
  locations: ServiceChoice[]
  os_images: ServiceChoice[]
  requires: { location: boolean; os: boolean; hostname: boolean; domain: boolean }
  /** Domain plans: the TLDs sold, lowercase with the leading dot (".com"). */
  tlds: string[]
}

/** `metadata.service_config` of a line item, as the storefront sends it. */
export type ServiceConfig = {
  location?: string
  os?: string
  hostname?: string
  ssh_key?: string
  domain?: string
}

export const SERVER_CATEGORIES = ["compute"]

export const DEFAULT_OS_IMAGES: ServiceChoice[] = [
  { code: "ubuntu-24.04", label: "Ubuntu 24.04 LTS" },
  { code: "debian-12", label: "Debian 12" },
  { code: "rocky-9", label: "Rocky Linux 9" },
  { code: "alma-9", label: "AlmaLinux 9" },
]

const KINDS: ServiceKind[] = ["server", "managed", "domain", "none"]

/** The keys each kind of product takes in `service_config`. */
const KEYS_BY_KIND: Record<ServiceKind, (keyof ServiceConfig)[]> = {
  server: ["location", "os", "hostname", "ssh_key"],
  managed: ["location"],
  domain: ["domain"],
  none: [],
}

const FIELD_NAMES: Record<keyof ServiceConfig, string> = {
  location: "data center",
  os: "operating system",
  hostname: "hostname",
  ssh_key: "SSH key",
  domain: "domain name",
}

export type ProductLike = {
  title?: string | null
  metadata?: Record<string, unknown> | null
  categories?: ({ handle?: string | null } | null)[] | null
}

function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value === "string") {
    try {
      return asRecord(JSON.parse(value))
    } catch {
      return {}
    }
  }
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function asArray(value: unknown): unknown[] {
  if (typeof value === "string") {
    try {
      return asArray(JSON.parse(value))
    } catch {
      return []
    }
  }
  return Array.isArray(value) ? value : []
}

/** "Ashburn, US" → "ashburn-us"; "Global edge network (120+ locations)" → "global-edge-network-120-locations". */
export function locationCode(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

/** ".COM" / "com" → ".com" */
export function normaliseTld(tld: string): string {
  return `.${String(tld).trim().toLowerCase().replace(/^\.+/, "")}`
}

function choices(list: unknown[], fallbackCode: (label: string) => string): ServiceChoice[] {
  const seen = new Set<string>()
  const out: ServiceChoice[] = []
  for (const entry of list) {
    const record = asRecord(entry)
    const label = typeof entry === "string" ? entry : String(record.label ?? record.code ?? "")
    const code = typeof entry === "string" ? fallbackCode(entry) : String(record.code ?? fallbackCode(label))
    if (!label || !code || seen.has(code)) {
      continue
    }
    seen.add(code)
    out.push({ code, label })
  }
  return out
}

/** What `product` lets the buyer choose, and which choices are required. */
export function serviceOptionsOf(product: ProductLike): ServiceOptions {
  const metadata = asRecord(product.metadata)
  const specs = asRecord(metadata.service_specs)
  const locations = choices(asArray(specs.locations), locationCode)
  const tlds = [...new Set(asArray(metadata.domain_tlds).map((t) => normaliseTld(String(t))).filter((t) => t.length > 1))]
  const categories = (product.categories ?? []).map((c) => c?.handle ?? "")
  const declared = KINDS.find((k) => k === metadata.service_kind)
  const kind: ServiceKind =
    declared ??
    (tlds.length
      ? "domain"
      : categories.some((c) => SERVER_CATEGORIES.includes(c))
        ? "server"
        : locations.length
          ? "managed"
          : "none")

  const osList = asArray(metadata.os_images)
  const os_images = kind === "server" ? (osList.length ? choices(osList, (label) => label) : DEFAULT_OS_IMAGES) : []

  return {
    kind,
    locations: kind === "server" || kind === "managed" ? locations : [],
    os_images,
    requires: {
      // a server must be placed somewhere; a managed service only when there is a choice
      location: kind === "server" ? locations.length > 0 : kind === "managed" && locations.length > 1,
      os: kind === "server" && os_images.length > 0,
      hostname: kind === "server",
      domain: kind === "domain",
    },
    tlds: kind === "domain" ? tlds : [],
  }
}

/** Whether a product's lines must carry a `service_config`. */
export function needsServiceConfig(options: ServiceOptions): boolean {
  return Object.values(options.requires).some(Boolean)
}

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/

/**
 * RFC 1123 host name, lowercase: dot-separated labels of 1–63 characters
 * [a-z0-9-] that neither start nor end with "-", 253 characters at most, and
 * a last label that is not all digits (RFC 3696 §2, so it can't read as an IP
 * address). One label ("web-01") is enough. Returns the problem, or null.
 */
export function hostnameError(hostname: string): string | null {
  if (!hostname) {
    return "Enter a hostname."
  }
  if (hostname.length > 253) {
    return "A hostname has at most 253 characters."
  }
  if (/[A-Z]/.test(hostname)) {
    return "Use lowercase letters in the hostname."
  }
  const labels = hostname.split(".")
  for (const label of labels) {
    if (!label) {
      return "A hostname can't start or end with a dot or contain two dots in a row."
    }
    if (label.length > 63) {
      return "Each part of a hostname between dots has at most 63 characters."
    }
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

/**
 * A domain name to register under one of `tlds`: `<name><tld>` where name is
 * one label (no subdomains), lowercase. Returns the problem, or null.
 */
export function domainError(domain: string, tlds: string[]): string | null {
  if (!domain) {
    return "Enter the domain name to register."
  }
  if (/[A-Z]/.test(domain)) {
    return "Use lowercase letters in the domain name."
  }
  if (domain.length > 253) {
    return "A domain name has at most 253 characters."
  }
  const tld = [...tlds].sort((a, b) => b.length - a.length).find((t) => domain.endsWith(t))
  if (!tld) {
    return `This plan registers ${tlds.join(", ")} domains; "${domain}" is not one.`
  }
  const name = domain.slice(0, -tld.length)
  if (!name) {
    return `Enter the name before ${tld}.`
  }
  if (name.includes(".")) {
    return `Enter the domain without subdomains, like example${tld}.`
  }
  if (name.length > 63) {
    return "The name before the extension has at most 63 characters."
  }
  if (!LABEL.test(name)) {
    return /^-|-$/.test(name)
      ? "A domain name can't start or end with a hyphen."
      : "A domain name may contain only letters a–z, digits and hyphens."
  }
  return null
}

/**
 * The problems with `raw` as the `service_config` of a line of a product
 * with `options` (its variant's plan is `plan`), or [] when it is fine.
 */
export function serviceConfigErrors(options: ServiceOptions, raw: unknown, plan?: string | null): string[] {
  const allowed = KEYS_BY_KIND[options.kind]
  if (raw === undefined || raw === null) {
    if (!needsServiceConfig(options)) {
      return []
    }
    if (options.kind === "domain") {
      return ["Enter the domain name to register."]
    }
    const missing = allowed.filter((k) => k !== "ssh_key" && options.requires[k as keyof ServiceOptions["requires"]])
    return [`Choose the ${listOf(missing.map((k) => FIELD_NAMES[k]))}.`]
  }
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return ["service_config must be an object."]
  }
  const config = raw as Record<string, unknown>
  const errors: string[] = []
  for (const key of Object.keys(config)) {
    if (!allowed.includes(key as keyof ServiceConfig)) {
      errors.push(
        key in FIELD_NAMES
          ? `This product has no ${FIELD_NAMES[key as keyof ServiceConfig]} to choose.`
          : `Unknown option "${key}".`
      )
    } else if (typeof config[key] !== "string") {
      errors.push(`The ${FIELD_NAMES[key as keyof ServiceConfig]} must be text.`)
    }
  }
  if (errors.length) {
    return errors
  }
  // values are checked as sent: " ashburn-us" is not a data center
  const value = (key: keyof ServiceConfig) => (config[key] as string | undefined) ?? ""

  if (allowed.includes("location")) {
    const location = value("location")
    if (!location) {
      if (options.requires.location) {
        errors.push("Choose a data center.")
      }
    } else if (!options.locations.some((l) => l.code === location)) {
      errors.push(`Unknown data center "${location}"; choose one of ${options.locations.map((l) => l.code).join(", ")}.`)
    }
  }
  if (allowed.includes("os")) {
    const os = value("os")
    if (!os) {
      if (options.requires.os) {
        errors.push("Choose an operating system.")
      }
    } else if (!options.os_images.some((o) => o.code === os)) {
      errors.push(`Unknown operating system "${os}"; choose one of ${options.os_images.map((o) => o.code).join(", ")}.`)
    }
  }
  if (allowed.includes("hostname")) {
    const hostname = value("hostname")
    if (hostname || options.requires.hostname) {
      const problem = hostnameError(hostname)
      if (problem) {
        errors.push(problem)
      }
    }
  }
  if (allowed.includes("ssh_key") && value("ssh_key").trim()) {
    const parsed = parseSshPublicKey(value("ssh_key"))
    if ("error" in parsed) {
      errors.push(parsed.error)
    }
  }
  if (allowed.includes("domain")) {
    // a plan named after its TLD (".com") registers only that one
    const planTld = options.tlds.find((t) => t === String(plan ?? "").trim().toLowerCase())
    const problem = domainError(value("domain"), planTld ? [planTld] : options.tlds)
    if (problem) {
      errors.push(problem)
    }
  }
  return errors
}

function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`
}
