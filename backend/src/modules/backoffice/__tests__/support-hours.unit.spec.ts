import { describeDays, describeSupportHours, isTimeZone, supportOpenAt } from "../support-hours"

describe("support hours", () => {
  const weekdays = { timezone: "UTC", days: [1, 2, 3, 4, 5], opens_at: "08:00", closes_at: "20:00" }

  it("is open from the opening minute to just before closing, on the listed days only", () => {
    expect(supportOpenAt(weekdays, new Date("2026-12-07T08:00:00Z"))).toBe(true) // Monday
    expect(supportOpenAt(weekdays, new Date("2026-12-07T19:59:00Z"))).toBe(true)
    expect(supportOpenAt(weekdays, new Date("2026-12-07T20:00:00Z"))).toBe(false)
    expect(supportOpenAt(weekdays, new Date("2026-12-06T12:00:00Z"))).toBe(false) // Sunday
  })

  it("reads the day and time in the profile's time zone, until 24:00", () => {
    const tokyo = { timezone: "Asia/Tokyo", days: [1], opens_at: "00:00", closes_at: "24:00" }
    // Sunday 20:00 UTC is Monday 05:00 in Tokyo
    expect(supportOpenAt(tokyo, new Date("2026-12-06T20:00:00Z"))).toBe(true)
    expect(supportOpenAt(tokyo, new Date("2026-12-07T16:00:00Z"))).toBe(false) // Tuesday 01:00 Tokyo
  })

  it("says the hours in words", () => {
    expect(describeSupportHours(weekdays)).toBe("Monday to Friday, 08:00–20:00 UTC")
    expect(describeDays([0, 1, 2, 3, 4, 5, 6])).toBe("every day")
    expect(describeDays([1, 3, 5])).toBe("Monday, Wednesday and Friday")
    expect(describeDays([6, 0])).toBe("Sunday and Saturday")
    expect(describeSupportHours({ ...weekdays, days: [] })).toBeNull()
    expect(isTimeZone("Europe/Berlin")).toBe(true)
    expect(isTimeZone("Mars/Olympus")).toBe(false)
  })
})
