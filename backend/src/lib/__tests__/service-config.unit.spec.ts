import { generateKeyPairSync, type KeyObject } from "node:crypto"
import {
  DEFAULT_OS_IMAGES,
  domainError,
  hostnameError,
  locationCode,
  parseSshPublicKey,
  serviceConfigErrors,
  serviceOptionsOf,
} from "../service-config"

/** The OpenSSH line of a Node public key, built from its JWK as ssh-keygen writes it. */
function openssh(key: KeyObject, comment = "ada@laptop") {
  const jwk = key.export({ format: "jwk" })
  const b64 = (s?: string) => Buffer.from(s ?? "", "base64url")
  const str = (b: Buffer | string) => {
    const bytes = typeof b === "string" ? Buffer.from(b) : b
    const len = Buffer.alloc(4)
    len.writeUInt32BE(bytes.length)
    return Buffer.concat([len, bytes])
  }
  // mpint: a leading zero byte keeps a high bit from reading as negative
  const mpint = (b: Buffer) => str(b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b)
  let type: string
  let blob: Buffer
  if (jwk.kty === "OKP") {
    type = "ssh-ed25519"
    blob = Buffer.concat([str(type), str(b64(jwk.x))])
  } else if (jwk.kty === "RSA") {
    type = "ssh-rsa"
    blob = Buffer.concat([str(type), mpint(b64(jwk.e)), mpint(b64(jwk.n))])
  } else {
    type = "ecdsa-sha2-nistp256"
    blob = Buffer.concat([str(type), str("nistp256"), str(Buffer.concat([Buffer.from([4]), b64(jwk.x), b64(jwk.y)]))])
  }
  return `${type} ${blob.toString("base64")} ${comment}`
}

const ed25519 = generateKeyPairSync("ed25519")
const rsa2048 = generateKeyPairSync("rsa", { modulusLength: 2048 })
const rsa1024 = generateKeyPairSync("rsa", { modulusLength: 1024 })
const p256 = generateKeyPairSync("ec", { namedCurve: "P-256" })

// from `ssh-keygen -t ed25519`; `ssh-keygen -lf` prints this fingerprint
const KNOWN_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIz+gEPhrwnXJeJPA8DV7wJIxLjkklzA4NKrpKvN/YQK ada@laptop"

const vps = serviceOptionsOf({
  metadata: { service_specs: { locations: ["Ashburn, US", "Frankfurt, DE"] } },
  categories: [{ handle: "compute" }],
})
const postgres = serviceOptionsOf({
  metadata: { service_specs: { locations: ["Ashburn, US", "Frankfurt, DE"] } },
  categories: [{ handle: "databases" }],
})
const cdn = serviceOptionsOf({
  metadata: { service_specs: { locations: ["Global edge network (120+ locations)"] } },
  categories: [{ handle: "networking" }],
})
const domains = serviceOptionsOf({
  metadata: { domain_tlds: [".com", "net", ".IO"], service_specs: { locations: ["Global edge network"] } },
  categories: [{ handle: "networking" }],
})

describe("serviceOptionsOf", () => {
  it("offers servers their data centers, OS images and a hostname", () => {
    expect(vps).toEqual({
      kind: "server",
      locations: [
        { code: "ashburn-us", label: "Ashburn, US" },
        { code: "frankfurt-de", label: "Frankfurt, DE" },
      ],
      os_images: DEFAULT_OS_IMAGES,
      requires: { location: true, os: true, hostname: true, domain: false },
      tlds: [],
    })
  })

  it("asks a managed service only where it runs, and nothing when there is one place", () => {
    expect(postgres).toMatchObject({ kind: "managed", os_images: [], requires: { location: true, os: false, hostname: false, domain: false } })
    expect(cdn.requires).toEqual({ location: false, os: false, hostname: false, domain: false })
    expect(cdn.locations).toEqual([{ code: "global-edge-network-120-locations", label: "Global edge network (120+ locations)" }])
  })

  it("asks a domain plan for the domain, in its TLDs", () => {
    expect(domains).toMatchObject({ kind: "domain", locations: [], tlds: [".com", ".net", ".io"], requires: { domain: true, location: false } })
  })

  it("takes OS images and the kind from the product's metadata", () => {
    const custom = serviceOptionsOf({
      metadata: { service_kind: "server", os_images: [{ code: "freebsd-14", label: "FreeBSD 14" }, "debian-12"] },
      categories: [],
    })
    expect(custom.os_images).toEqual([{ code: "freebsd-14", label: "FreeBSD 14" }, { code: "debian-12", label: "debian-12" }])
    expect(custom.requires).toMatchObject({ location: false, os: true, hostname: true })
    expect(serviceOptionsOf({ metadata: null }).kind).toBe("none")
  })

  it("slugs location labels", () => {
    expect(locationCode("São Paulo, BR")).toBe("sao-paulo-br")
  })
})

describe("hostnameError", () => {
  it.each(["web-01", "db1.example.com", "a", "x".repeat(63), `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}`])(
    "accepts %s",
    (name) => expect(hostnameError(name)).toBeNull()
  )
  it.each([
    ["", /Enter/],
    ["-web", /hyphen/],
    ["web-", /hyphen/],
    ["web_01", /only letters/],
    ["Web01", /lowercase/],
    ["web..example", /two dots/],
    ["web.", /dot/],
    ["x".repeat(64), /63/],
    [`${"a".repeat(63)}.`.repeat(4) + "abc", /253/],
    ["10.0.0.1", /number/],
    ["my server", /only letters/],
  ])("refuses %j", (name, message) => expect(hostnameError(name)).toMatch(message))
})

describe("domainError", () => {
  it("accepts a name under a sold TLD and refuses the rest", () => {
    expect(domainError("example.com", [".com", ".net"])).toBeNull()
    expect(domainError("xn--bcher-kva.io", [".io"])).toBeNull()
    expect(domainError("example.org", [".com", ".net"])).toMatch(/\.com, \.net/)
    expect(domainError("www.example.com", [".com"])).toMatch(/subdomains/)
    expect(domainError(".com", [".com"])).toMatch(/name before/)
    expect(domainError("-example.com", [".com"])).toMatch(/hyphen/)
    expect(domainError("exa mple.com", [".com"])).toMatch(/only letters/)
    expect(domainError("Example.com", [".com"])).toMatch(/lowercase/)
    expect(domainError("", [".com"])).toMatch(/Enter/)
  })
})

describe("parseSshPublicKey", () => {
  it("reads Ed25519, RSA and ECDSA public keys with their fingerprint", () => {
    expect(parseSshPublicKey(KNOWN_KEY)).toEqual({
      key: { type: "ssh-ed25519", bits: 256, comment: "ada@laptop", fingerprint: "SHA256:QuT+6c6kLr82jELibcn63azl2Mknqkjdk86HUD7jf7g" },
    })
    expect(parseSshPublicKey(openssh(ed25519.publicKey))).toMatchObject({ key: { type: "ssh-ed25519" } })
    expect(parseSshPublicKey(`${openssh(rsa2048.publicKey, "")}\n`)).toMatchObject({ key: { type: "ssh-rsa", bits: 2048, comment: "" } })
    expect(parseSshPublicKey(openssh(p256.publicKey, "work key"))).toMatchObject({ key: { type: "ecdsa-sha2-nistp256", bits: 256, comment: "work key" } })
  })

  it("refuses private keys, short RSA keys, mismatched types and garbage", () => {
    const pem = ed25519.privateKey.export({ type: "pkcs8", format: "pem" }).toString()
    expect(parseSshPublicKey(pem)).toEqual({ error: expect.stringMatching(/private key/) })
    expect(parseSshPublicKey("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----")).toEqual({
      error: expect.stringMatching(/private key/),
    })
    expect(parseSshPublicKey(openssh(rsa1024.publicKey))).toEqual({ error: expect.stringMatching(/at least 2048 bits; this one has 1024/) })
    const [, ed25519Data] = openssh(ed25519.publicKey).split(" ")
    expect(parseSshPublicKey(`ssh-rsa ${ed25519Data}`)).toEqual({ error: expect.stringMatching(/different kind of key/) })
    expect(parseSshPublicKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIz+gEPhrwnXJeJPA8DV7wJIxLjk")).toEqual({ error: expect.stringMatching(/damaged/) })
    expect(parseSshPublicKey("ssh-ed25519 not*base64")).toEqual({ error: expect.stringMatching(/damaged/) })
    expect(parseSshPublicKey("ssh-ed25519")).toEqual({ error: expect.stringMatching(/damaged/) })
    expect(parseSshPublicKey(`${KNOWN_KEY.split(" ").slice(0, 2).join(" ")}AAAA`)).toEqual({ error: expect.stringMatching(/damaged/) })
    expect(parseSshPublicKey("hello world")).toEqual({ error: expect.stringMatching(/not an SSH public key/) })
    expect(parseSshPublicKey("ssh-dss AAAAB3NzaC1kc3M=")).toEqual({ error: expect.stringMatching(/DSA/) })
    expect(parseSshPublicKey(`${KNOWN_KEY}\n${KNOWN_KEY}`)).toEqual({ error: expect.stringMatching(/one line/) })
  })
})

describe("serviceConfigErrors", () => {
  const good = { location: "ashburn-us", os: "debian-12", hostname: "web-01" }

  it("accepts a complete server configuration, with or without an SSH key", () => {
    expect(serviceConfigErrors(vps, good)).toEqual([])
    expect(serviceConfigErrors(vps, { ...good, ssh_key: KNOWN_KEY })).toEqual([])
    expect(serviceConfigErrors(vps, { ...good, ssh_key: "" })).toEqual([])
  })

  it("names what is missing or wrong", () => {
    expect(serviceConfigErrors(vps, undefined)).toEqual(["Choose the data center, operating system and hostname."])
    expect(serviceConfigErrors(vps, { ...good, location: "mars-1" })).toEqual([expect.stringMatching(/Unknown data center "mars-1"/)])
    expect(serviceConfigErrors(vps, { ...good, os: "windows-11" })).toEqual([expect.stringMatching(/Unknown operating system/)])
    expect(serviceConfigErrors(vps, { ...good, hostname: "-bad" })).toEqual([expect.stringMatching(/hyphen/)])
    expect(serviceConfigErrors(vps, { location: "ashburn-us" })).toEqual(["Choose an operating system.", "Enter a hostname."])
    expect(serviceConfigErrors(vps, { ...good, ssh_key: "garbage" })).toEqual([expect.stringMatching(/not an SSH public key/)])
    expect(serviceConfigErrors(vps, { ...good, colour: "red" })).toEqual(['Unknown option "colour".'])
    expect(serviceConfigErrors(vps, { ...good, hostname: 42 })).toEqual(["The hostname must be text."])
    expect(serviceConfigErrors(vps, "web-01")).toEqual(["service_config must be an object."])
  })

  it("asks a managed service only for its data center", () => {
    expect(serviceConfigErrors(postgres, { location: "frankfurt-de" })).toEqual([])
    expect(serviceConfigErrors(postgres, undefined)).toEqual(["Choose the data center."])
    expect(serviceConfigErrors(postgres, { location: "frankfurt-de", os: "debian-12" })).toEqual([
      "This product has no operating system to choose.",
    ])
    expect(serviceConfigErrors(cdn, undefined)).toEqual([])
    expect(serviceConfigErrors(cdn, { location: "global-edge-network-120-locations" })).toEqual([])
  })

  it("checks a domain against its plan's TLD", () => {
    expect(serviceConfigErrors(domains, { domain: "example.net" }, ".net")).toEqual([])
    expect(serviceConfigErrors(domains, { domain: "example.com" }, ".net")).toEqual([expect.stringMatching(/registers \.net domains/)])
    expect(serviceConfigErrors(domains, { domain: "example.io" }, "Bundle")).toEqual([])
    expect(serviceConfigErrors(domains, undefined, ".com")).toEqual(["Enter the domain name to register."])
  })
})
