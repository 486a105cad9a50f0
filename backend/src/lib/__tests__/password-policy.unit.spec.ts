import { passwordProblem } from "../password-policy"

describe("password rules", () => {
  it("asks for 10+ characters, not the email, not a common password", () => {
    expect(passwordProblem("short", "a@b.co")).toMatch(/at least 10/)
    expect(passwordProblem("grace.hopper-2026", "grace.hopper@example.com")).toMatch(/email/)
    expect(passwordProblem("Password123", "x@example.com")).toMatch(/too common/)
    expect(passwordProblem("aaaaaaaaaaaa", "x@example.com")).toMatch(/too common/)
    expect(passwordProblem("correct-horse-battery", "ada@example.com")).toBeNull()
  })
})
