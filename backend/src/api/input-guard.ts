import {
  errorHandler,
  type MedusaErrorHandlerFunction,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, FeatureFlag, MedusaError, Modules } from "@medusajs/framework/utils"
import { TooManyRequestsError } from "./utils/security"

/**
 * The one input guard in front of every route — Medusa's and ours — and the
 * error handler behind them. Hostile input is a 400 (`invalid_data`), never
 * a 5xx: the guard refuses what no route can use before any route runs, the
 * error handler turns what only the database can tell (an unknown order
 * field, a value PostgreSQL can't read) into the caller's error, and leaves
 * every other error as Medusa answers it.
 */

/** Medusa's admin dashboard asks for at most 9999 rows at once (its largest `limit:`). */
export const MAX_LIMIT = 10_000
/** PostgreSQL's OFFSET is a bigint, Medusa's counts are integers: past 2^31-1 nothing is there. */
export const MAX_OFFSET = 2 ** 31 - 1
/** How deep a JSON body may nest: far beyond any real form, well below a stack overflow. */
const MAX_BODY_DEPTH = 32

const NUL = "\u0000"
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/
const NON_NEGATIVE_INTEGER = /^\d{1,20}$/
const ORDER_FIELD = /^-?[a-z_][a-z0-9_.]*$/i
const DATE_OPERATORS = ["$gt", "$gte", "$lt", "$lte", "$eq"]
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** A date PostgreSQL reads as the same day: ISO 8601, and a day the month has. */
function isDate(value: unknown) {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null
  if (!match || isNaN(Date.parse(value as string))) {
    return false
  }
  const [, year, month, day] = match.map(Number)
  const calendar = new Date(Date.UTC(year, month - 1, day))
  return calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day
}

/**
 * Why `input` can't be stored, if it can't: a string (key or value) holding
 * a NUL character, or nesting deeper than MAX_BODY_DEPTH. Walks without
 * recursion, so no input overflows the stack.
 */
export function nulProblem(input: unknown, where: string): MedusaError | null {
  const pending: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }]
  while (pending.length) {
    const { value, depth } = pending.pop()!
    if (typeof value === "string") {
      if (value.includes(NUL)) {
        return invalid(`The ${where} contains a NUL character`)
      }
    } else if (value && typeof value === "object") {
      if (depth >= MAX_BODY_DEPTH) {
        return invalid(`The ${where} is nested too deeply`)
      }
      for (const [key, child] of Object.entries(value)) {
        if (key.includes(NUL)) {
          return invalid(`The ${where} contains a NUL character`)
        }
        pending.push({ value: child, depth: depth + 1 })
      }
    }
  }
  return null
}

function refuseNul(value: unknown, where: string) {
  const problem = nulProblem(value, where)
  if (problem) {
    throw problem
  }
}

/** Why the path can't be read, if it can't: a segment that doesn't decode, or decodes to control characters. */
function pathProblem(url: string): MedusaError | null {
  for (const segment of url.split("?")[0].split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return invalid(`The path segment "${segment}" is not validly encoded`)
    }
    if (CONTROL_CHARS.test(decoded)) {
      return invalid(`The path segment "${segment}" contains control characters`)
    }
  }
  return null
}

function checkBound(query: Record<string, unknown>, name: "limit" | "offset", max: number) {
  const value = query[name]
  if (value === undefined) {
    return
  }
  if (typeof value !== "string" || !NON_NEGATIVE_INTEGER.test(value) || Number(value) > max) {
    throw invalid(`${name} must be a whole number from 0 to ${max}`)
  }
}

function checkQuery(query: Record<string, unknown>) {
  refuseNul(query, "query")
  checkBound(query, "limit", MAX_LIMIT)
  checkBound(query, "offset", MAX_OFFSET)
  if (query.order !== undefined && (typeof query.order !== "string" || !ORDER_FIELD.test(query.order))) {
    throw invalid("order must be a field name, with a leading - for descending order")
  }
  for (const [key, filter] of Object.entries(query)) {
    if (!key.endsWith("_at") || !filter || typeof filter !== "object" || Array.isArray(filter)) {
      continue
    }
    for (const operator of DATE_OPERATORS) {
      const operand = (filter as Record<string, unknown>)[operator]
      if (operand !== undefined && !(Array.isArray(operand) ? operand : [operand]).every(isDate)) {
        throw invalid(`${key}[${operator}] must be a date (YYYY-MM-DD or an ISO 8601 time)`)
      }
    }
  }
}

/** Refuses input no route can use: undecodable or control-character paths, NUL anywhere, bad paging, order and dates. */
export function inputGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const path = pathProblem(req.originalUrl ?? req.url)
  if (path) {
    throw path
  }
  checkQuery((req.query ?? {}) as Record<string, unknown>)
  refuseNul(req.body, "request body")
  next()
}

/**
 * Medusa routes of a feature this store runs without answer 404 — rather
 * than a 500 from Query (`/admin/users/:id/roles` without RBAC) or no answer
 * at all (`/admin/index/*` without the index module: Medusa's own check sets
 * 404 and never sends it).
 */
function featureGate(flag: string, module?: string) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const missing = module && !req.scope.resolve(module, { allowUnregistered: true })
    if (missing || !FeatureFlag.isFeatureEnabled(flag)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `The ${flag} feature is not enabled on this store`)
    }
    next()
  }
}

/**
 * The guard's matcher is "/": a global middleware without path parameters
 * runs before every route middleware, Medusa's included, and before Express
 * decodes any parameter.
 */
export const inputGuardMiddlewares: MiddlewareRoute[] = [
  { matcher: "/", middlewares: [inputGuard] },
  { matcher: "/admin/index", middlewares: [featureGate("index_engine", Modules.INDEX)] },
  { matcher: "/admin/users/:id/roles", middlewares: [featureGate("rbac")] },
]

/** What a PostgreSQL data exception (SQLSTATE class 22, or 08P01 below) tells the caller. */
const DATA_EXCEPTIONS: Record<string, string> = {
  "22001": "A value in the request is too long",
  "22003": "A number in the request is out of range",
  "22007": "A date in the request is not valid",
  "22008": "A date in the request is out of range",
  "22021": "The request contains a character that can't be stored",
  "22P02": "A value in the request has the wrong format",
  "2201W": "limit must be a whole number from 0",
  "2201X": "offset must be a whole number from 0",
  "08P01": "The request contains a character that can't be stored",
}
// MikroORM writes values into the SQL text: a NUL there ends the statement early and PostgreSQL answers 08P01
const PROTOCOL_VIOLATION = "08P01"
// MikroORM: a filter or order field the entity does not have (the caller's, when the request names it)
const UNKNOWN_PROPERTY = /^Trying to (?:order|query) by not existing property \w+\.([\w.]+)/
// knex: paging it refuses before PostgreSQL sees it
const KNEX_PAGING = /^A non-negative integer must be provided to (limit|offset)/
// Medusa's provider services: "Unable to retrieve the auth provider with id: x" (an unregistered provider)
const UNKNOWN_PROVIDER = /Unable to retrieve the ([\w ]+?) with id: ([^\s,]+)/

/** The decoded segments of the request's path (an undecodable one as sent). */
function pathSegments(req: MedusaRequest) {
  return (req.originalUrl ?? req.url).split("?")[0].split("/").map((segment) => {
    try {
      return decodeURIComponent(segment)
    } catch {
      return segment
    }
  })
}

/** Every string the caller sent in the query and body, keys included. */
function sentStrings(req: MedusaRequest) {
  const strings: string[] = []
  const pending: unknown[] = [req.query, req.body]
  while (pending.length) {
    const value = pending.pop()
    if (typeof value === "string") {
      strings.push(value)
    } else if (value && typeof value === "object") {
      strings.push(...Object.keys(value))
      pending.push(...Object.values(value))
    }
  }
  return strings
}

/** Whether the request named `id` (providers are registered under a prefix: `pp_` + the name in the path). */
const mentions = (sent: string[], id: string) => sent.some((s) => s && (s === id || id.endsWith(`_${s}`)))

/**
 * The caller's error behind `err`, when it is one: a path that doesn't
 * decode (Express), a data exception from PostgreSQL, a field MikroORM
 * doesn't know, a provider id nobody registered — that the request named.
 */
export function inputErrorOf(err: any, req: MedusaRequest): MedusaError | null {
  // Medusa's own errors (thrown, or serialized by a workflow) already say what they are
  if (!err || err instanceof MedusaError || typeof err.type === "string") {
    return null
  }
  const message = typeof err.message === "string" ? err.message : ""
  // Express decodes the parameters of a matcher before any middleware of it runs (Medusa's own "/admin*" comes before the guard)
  if (err instanceof URIError || message.startsWith("Failed to decode param")) {
    return pathProblem(req.originalUrl ?? req.url) ?? invalid("The path is not validly encoded")
  }
  const sqlState = String(err.code ?? err.sqlState ?? err.cause?.code ?? "")
  if (/^22[0-9A-Z]{3}$/.test(sqlState) || sqlState === PROTOCOL_VIOLATION) {
    return invalid(DATA_EXCEPTIONS[sqlState] ?? "A value in the request is not valid")
  }
  const property = UNKNOWN_PROPERTY.exec(message)
  if (property && sentStrings(req).some((s) => s.replace(/^-/, "").split(".").includes(property[1].split(".").pop()!))) {
    return invalid(`Unknown field: ${property[1]}`)
  }
  const paging = KNEX_PAGING.exec(message)
  if (paging) {
    return invalid(`${paging[1]} must be a whole number from 0`)
  }
  const provider = UNKNOWN_PROVIDER.exec(message)
  if (provider) {
    const [, kind, id] = provider
    if (mentions(pathSegments(req), id)) {
      return new MedusaError(MedusaError.Types.NOT_FOUND, `No ${kind} with id: ${id}`)
    }
    if (mentions(sentStrings(req), id)) {
      return invalid(`Unknown ${kind}: ${id}`)
    }
  }
  return null
}

/**
 * Medusa's error handler, with the caller's errors hidden in database and
 * framework errors answered as such (400, or 404 for a path naming no
 * provider), and rate limits answered 429 with Retry-After. For `defineMiddlewares({ errorHandler: inputErrorHandler() })`.
 */
export function inputErrorHandler(): MedusaErrorHandlerFunction {
  const medusa = errorHandler()
  return (err, req, res, next) => {
    if (err instanceof TooManyRequestsError) {
      // Medusa's handler knows no 429: a limit answers with when to come back
      res.setHeader("Retry-After", String(err.retry_after))
      res.status(429).json({ type: err.type, message: err.message, retry_after: err.retry_after })
      return
    }
    const input = inputErrorOf(err, req)
    if (input) {
      req.scope
        ?.resolve(ContainerRegistrationKeys.LOGGER)
        .debug(`${req.method} ${req.path}: refused as invalid input (${err.message})`)
    }
    return medusa(input ?? err, req, res, next)
  }
}
