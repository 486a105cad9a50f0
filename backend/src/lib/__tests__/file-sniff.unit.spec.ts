import { safeDisplayName, sniffAttachment } from "../file-sniff"

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64"
)

describe("sniffAttachment", () => {
  it("recognises allowed files by their bytes", () => {
    expect(sniffAttachment(PNG)).toEqual({ mime: "image/png", ext: "png" })
    expect(sniffAttachment(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]))?.mime).toBe("image/jpeg")
    expect(sniffAttachment(Buffer.from("GIF89a\x01\x00\x01\x00;", "latin1"))?.mime).toBe("image/gif")
    expect(sniffAttachment(Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n"))?.mime).toBe("application/pdf")
    expect(sniffAttachment(Buffer.from("ERROR 42 — ünïcode log line\n"))?.mime).toBe("text/plain")
  })

  it("refuses markup, polyglots, truncated images and binaries", () => {
    expect(sniffAttachment(Buffer.concat([PNG.subarray(0, 8), Buffer.from("<html><script>x</script></html>")]))).toBeNull()
    expect(sniffAttachment(Buffer.concat([PNG, Buffer.from("<script>alert(1)</script>")]))).toBeNull()
    expect(sniffAttachment(PNG.subarray(0, 40))).toBeNull()
    expect(sniffAttachment(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
    expect(sniffAttachment(Buffer.from("  <!DOCTYPE html><p>hi"))).toBeNull()
    expect(sniffAttachment(Buffer.from("text with a \0 NUL"))).toBeNull()
    expect(sniffAttachment(Buffer.from([0xc3, 0x28, 0x41]))).toBeNull()
    expect(sniffAttachment(Buffer.alloc(0))).toBeNull()
  })
})

describe("safeDisplayName", () => {
  it("drops paths and odd characters and uses the real type's extension", () => {
    expect(safeDisplayName("../../etc/passwd.png", "txt")).toBe("passwd.txt")
    expect(safeDisplayName('a"b<c>.pdf', "pdf")).toBe("a_b_c_.pdf")
    expect(safeDisplayName("", "png")).toBe("attachment.png")
  })
})
