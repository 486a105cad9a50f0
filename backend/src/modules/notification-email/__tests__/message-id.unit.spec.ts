import { messageIdFor } from "../service"

describe("messageIdFor", () => {
  it("derives one Message-ID per message from its key and the sender's domain", () => {
    const from = "CloudServices <no-reply@cloudservices.example>"
    expect(messageIdFor("ntfl_01JD7ZQ", from)).toBe("<ntfl_01JD7ZQ@cloudservices.example>")
    // every attempt of the same message gets the same id
    expect(messageIdFor("ntfl_01JD7ZQ", from)).toBe(messageIdFor("ntfl_01JD7ZQ", from))
    expect(messageIdFor("ntfl_01JD7ZR", from)).not.toBe(messageIdFor("ntfl_01JD7ZQ", from))
  })

  it("takes a bare sender address and keeps the id a valid header value", () => {
    expect(messageIdFor("ntfl_1", "billing@example.com")).toBe("<ntfl_1@example.com>")
    expect(messageIdFor("a b<c>@d", "billing@example.com")).toBe("<a-b-c--d@example.com>")
  })
})
