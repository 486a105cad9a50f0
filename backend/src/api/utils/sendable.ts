/**
 * What a route may hand `res.json` for an answer of HTTP type `T` (src/types/http): the same
 * shape with a `Date` wherever `T` has a string, since JSON writes dates as ISO strings. Query's
 * rows hold `Date`s: `res: MedusaResponse<Sendable<XResponse>>`.
 */
export type Sendable<T> = T extends string
  ? T | Date
  : T extends (infer U)[]
    ? Sendable<U>[]
    : T extends object
      ? { [K in keyof T]: Sendable<T[K]> }
      : T
