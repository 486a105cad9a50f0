import { emailAddresses, isInboundKey, replyAddress, stripQuotedReply, ticketNumberFromRecipients } from "../inbound"

const options = { secret: "s3cret", domain: "replies.example.com" }

describe("ticket reply addresses", () => {
  it("are signed per ticket number and checked case-insensitively, on the configured domain only", () => {
    const address = replyAddress(options, "TKT-100045")!
    expect(address).toMatch(/^support\+TKT-100045\.[0-9a-f]{20}@replies\.example\.com$/)
    expect(ticketNumberFromRecipients(options, [`"Support" <${address}>`])).toBe("TKT-100045")
    expect(ticketNumberFromRecipients(options, [address.toUpperCase()])).toBe("TKT-100045")
    expect(ticketNumberFromRecipients(options, [address.replace("100045", "100046")])).toBeNull()
    expect(ticketNumberFromRecipients(options, [address.replace("example.com", "example.org")])).toBeNull()
    expect(ticketNumberFromRecipients({ ...options, secret: "other" }, [address])).toBeNull()
    expect(replyAddress({ domain: "x.test" }, "TKT-100045")).toBeNull()
  })

  it("the hook key is the secret, nothing else", () => {
    expect(isInboundKey(options, "s3cret")).toBe(true)
    expect(isInboundKey(options, "s3cret ")).toBe(false)
    expect(isInboundKey(options, "")).toBe(false)
    expect(isInboundKey({}, "anything")).toBe(false)
  })

  it("reads bare addresses out of header values", () => {
    expect(emailAddresses(`"Ada, L" <Ada@Example.com>, bob@example.org`)).toEqual(["ada@example.com", "bob@example.org"])
  })
})

describe("stripQuotedReply", () => {
  it("keeps only the new text", () => {
    expect(stripQuotedReply("Thanks!\r\n\r\nOn Tue, 1 Dec 2026 at 10:00, Support <s@x> wrote:\r\n> old")).toBe("Thanks!")
    expect(stripQuotedReply("Thanks!\nOn Tue, 1 Dec 2026 at 10:00, Support\n<s@x> wrote:\n> old")).toBe("Thanks!")
    expect(stripQuotedReply("Line 1\n> quoted\nLine 2\n\n-- \nAda\nCEO")).toBe("Line 1\nLine 2")
    expect(stripQuotedReply("Ok\n\n-----Original Message-----\nFrom: s@x")).toBe("Ok")
    expect(stripQuotedReply("Ok\n\nFrom: Support <s@x>\nSent: Tuesday")).toBe("Ok")
    expect(stripQuotedReply("> only quoted")).toBe("")
  })
})
