import {
  automatedHeader,
  bounceAddress,
  emailAddresses,
  isInboundKey,
  parseHeaderBlock,
  replyAddress,
  stripQuotedReply,
  ticketNumberFromRecipients,
} from "../inbound"

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

describe("bouncing a refused reply", () => {
  const bounceOptions = { ...options, ownAddresses: ["CloudServices <billing@cloudservices.test>"] }
  const email = (from: string, extra: Record<string, unknown> = {}) => ({ from, to: ["x"], ...extra })

  it("goes to the sender of an ordinary email", () => {
    expect(bounceAddress(bounceOptions, email("Ada <Ada@Example.com>", { envelope_from: "ada@example.com" }))).toBe("ada@example.com")
  })

  it("never goes to auto-replies, bounces, daemons, no-reply senders or our own addresses", () => {
    expect(bounceAddress(bounceOptions, email(""))).toBeNull()
    expect(bounceAddress(bounceOptions, email("ada@example.com", { envelope_from: "" }))).toBeNull()
    expect(bounceAddress(bounceOptions, email("ada@example.com", { automated: "auto-submitted: auto-replied" }))).toBeNull()
    for (const from of ["MAILER-DAEMON@mx.example.com", "postmaster@example.com", "no-reply@example.com", "noreply@example.com", "bounces+x@example.com"]) {
      expect([from, bounceAddress(bounceOptions, email(from))]).toEqual([from, null])
    }
    expect(bounceAddress(bounceOptions, email("support@replies.example.com"))).toBeNull()
    expect(bounceAddress(bounceOptions, email("Billing <billing@cloudservices.test>"))).toBeNull()
  })

  it("reads the machine-sent markers from a raw header block", () => {
    const headers = parseHeaderBlock("Received: by mx\r\nAuto-Submitted:\r\n auto-replied\r\nMessage-ID: <a@b>\r\n")
    expect(headers["message-id"]).toBe("<a@b>")
    expect(automatedHeader(headers)).toBe("auto-submitted: auto-replied")
    expect(automatedHeader(parseHeaderBlock("Auto-Submitted: no\n"))).toBeNull()
    expect(automatedHeader(parseHeaderBlock("Precedence: bulk\n"))).toBe("precedence: bulk")
    expect(automatedHeader(parseHeaderBlock("X-Autoreply: yes\n"))).toBe("x-autoreply: yes")
    expect(automatedHeader(parseHeaderBlock("Precedence: first-class\nSubject: hi\n"))).toBeNull()
  })
})
