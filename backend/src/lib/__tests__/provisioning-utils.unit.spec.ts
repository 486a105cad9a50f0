import { backoffMs, decryptSecret, encryptSecret, generatePassword } from "../provisioning-utils"

describe("root password encryption", () => {
  it("round-trips with the key and fails with another one or a tampered text", () => {
    const sealed = encryptSecret("key-one-0123456789", "S3cret!pass")
    expect(sealed).toMatch(/^v1:/)
    expect(sealed).not.toContain("S3cret")
    expect(decryptSecret("key-one-0123456789", sealed)).toBe("S3cret!pass")
    expect(() => decryptSecret("key-two-0123456789", sealed)).toThrow()
    const [v, iv, tag, data] = sealed.split(":")
    const flipped = Buffer.from(data, "base64")
    flipped[0] ^= 1
    expect(() => decryptSecret("key-one-0123456789", [v, iv, tag, flipped.toString("base64")].join(":"))).toThrow()
  })

  it("makes long passwords with every character class, different each time", () => {
    const passwords = new Set(Array.from({ length: 50 }, () => generatePassword()))
    expect(passwords.size).toBe(50)
    for (const p of passwords) {
      expect(p).toHaveLength(24)
      expect(p).toMatch(/[a-z]/)
      expect(p).toMatch(/[A-Z]/)
      expect(p).toMatch(/[0-9]/)
      expect(p).toMatch(/[-_.+=@#%]/)
    }
  })

  it("backs off exponentially up to the cap", () => {
    expect([1, 2, 3, 4, 10].map((n) => backoffMs(n, 60_000, 600_000))).toEqual([60_000, 120_000, 240_000, 480_000, 600_000])
  })
})
