import { spawn } from "node:child_process"
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import pg from "pg"
import { info, ROOT } from "./env.mjs"

export const BACKEND_DIR = join(ROOT, "backend")
export const STOREFRONT_DIR = join(ROOT, "storefront")
const BIN = join(ROOT, "node_modules", ".bin")

// eslint-disable-next-line no-control-regex -- ESC starts the colour codes this strips
const ANSI = /\x1b\[[0-9;]*m/g
const NOISE = new RegExp(
  [
    "^● Migrating",
    "^✔ Migrated",
    "^Completed successfully",
    "^Skipped\\. Database is up-to-date",
    "^redisUrl not found",
    "^No (link|workflow|subscriber|job) to load",
    "^Local Event Bus installed",
    "^Locking module: Using",
    "^Processing \\S+ which has \\d+ subscribers",
    "DeprecationWarning: Calling client\\.query",
    "^\\(Use `node --trace-deprecation",
  ].join("|")
)

/**
 * Keeps a child's output readable: drops empty log lines and, for migrations,
 * prints one line per module instead of one per migration file.
 */
function tidy(line) {
  const plain = line.replace(ANSI, "")
  const text = plain.replace(/^\s*(info|warn|debug):\s*/, "").trim()
  if (!text || NOISE.test(text)) {
    return null
  }
  const module = text.match(/^MODULE: (\S+)/)
  const shown = module ? `migrating ${module[1]}` : plain.replace(/^\s*info:\s*/, "")
  if (shown === lastShown) {
    return null
  }
  lastShown = shown
  return shown
}
let lastShown = null

/** Runs a command to completion, streaming its tidied output with a prefix; rejects on failure. */
export function run(command, args, { cwd, env, prefix = "" } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] })
    const forward = (stream, out) =>
      stream.on("data", (chunk) => {
        for (const line of chunk.toString().split(/\r?\n/)) {
          const shown = tidy(line)
          if (shown) {
            out.write(`${prefix}${shown}\n`)
          }
        }
      })
    forward(child.stdout, process.stdout)
    forward(child.stderr, process.stderr)
    child.on("error", reject)
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? code})`))
    )
  })
}

/** Starts a long-running process; its output is prefixed so logs stay readable (`quiet`: not shown, read it from child.stdout). */
export function startProcess(name, command, args, { cwd, env, quiet = false }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: false,
  })
  const prefix = `[${name}] `
  if (quiet) {
    return child
  }
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    stream.on("data", (chunk) => {
      for (const line of chunk.toString().split(/\r?\n/)) {
        const shown = tidy(line)
        if (shown) {
          out.write(prefix + shown + "\n")
        }
      }
    })
  }
  return child
}

/** Waits until `url` answers 2xx, or fails after `timeoutMs`. */
export async function waitFor(url, { timeoutMs = 180_000, child } = {}) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null) {
      throw new Error(`process exited (${child.exitCode}) before ${url} answered`)
    }
    try {
      const res = await fetch(url)
      if (res.ok) {
        return
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

export const medusa = (args, env, prefix = "      ") =>
  run(join(BIN, "medusa"), args, { cwd: BACKEND_DIR, env, prefix })

/** Newest modification time of any file under the given paths (skipping build output). */
function newestMtime(paths) {
  let newest = 0
  const walk = (p) => {
    if (!existsSync(p)) {
      return
    }
    const st = statSync(p)
    if (st.isDirectory()) {
      for (const entry of readdirSync(p)) {
        if (!["node_modules", ".medusa", ".next", "integration-tests"].includes(entry)) {
          walk(join(p, entry))
        }
      }
    } else {
      newest = Math.max(newest, st.mtimeMs)
    }
  }
  paths.forEach(walk)
  return newest
}

/** Builds only when a source file is newer than the last successful build. */
export async function buildIfStale(name, { sources, stamp, build }) {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0
  if (built && built >= newestMtime(sources) && process.env.FORCE_BUILD !== "true") {
    info(`${name}: build is up to date`)
    return
  }
  await build()
  writeFileSync(stamp, new Date().toISOString())
}

export function buildBackend() {
  return buildIfStale("backend + admin", {
    sources: [join(BACKEND_DIR, "src"), join(BACKEND_DIR, "medusa-config.ts"), join(BACKEND_DIR, "package.json")],
    stamp: join(BACKEND_DIR, ".medusa", "build-stamp"),
    build: () => medusa(["build"], {}),
  })
}

export function buildStorefront() {
  return buildIfStale("storefront", {
    // the HTTP types the storefront imports (type-only) from the backend count as its sources
    sources: [join(STOREFRONT_DIR, "src"), join(BACKEND_DIR, "src", "types", "http"), join(STOREFRONT_DIR, "package.json"), join(STOREFRONT_DIR, "next.config.mjs"), join(STOREFRONT_DIR, "next.config.js"), join(STOREFRONT_DIR, "tailwind.config.js"), join(STOREFRONT_DIR, "tailwind.config.ts")],
    stamp: join(STOREFRONT_DIR, ".next", "build-stamp"),
    build: () => run(join(BIN, "next"), ["build"], { cwd: STOREFRONT_DIR, prefix: "      ", env: { NEXT_TELEMETRY_DISABLED: "1" } }),
  })
}

/** The backend from its build output (`medusa start` in .medusa/server). */
export function startBackend(env) {
  return startProcess("backend", join(BIN, "medusa"), ["start"], {
    cwd: join(BACKEND_DIR, ".medusa", "server"),
    env,
  })
}

export function startStorefront(env) {
  return startProcess("storefront", join(BIN, "next"), ["start", "-p", env.PORT], {
    cwd: STOREFRONT_DIR,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
  })
}

/** The storefront's publishable key, as the seed created it. */
export async function readPublishableKey(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT token FROM api_key
        WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL
        ORDER BY (title = 'CloudServices Storefront') DESC, created_at ASC LIMIT 1`
    )
    if (!rows.length) {
      throw new Error("No publishable API key in the database: run the seed first")
    }
    return rows[0].token
  } finally {
    await client.end()
  }
}

/** Stops children gracefully, then forcefully after a grace period. */
export async function stopAll(children, graceMs = 10_000) {
  await Promise.all(
    children
      .filter((c) => c && c.exitCode === null)
      .map(
        (child) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => child.kill("SIGKILL"), graceMs)
            child.once("exit", () => {
              clearTimeout(timer)
              resolve()
            })
            child.kill("SIGTERM")
          })
      )
  )
}
