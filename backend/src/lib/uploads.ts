import path from "path"

/**
 * The one folder uploads live in: FILE_UPLOAD_DIR, else `<repo>/.data/uploads`
 * (outside backend/, so `medusa develop` does not restart on an upload). The
 * same absolute path whatever the process's working directory: `medusa
 * develop` and the tests run in backend/, `medusa start` in
 * backend/.medusa/server. The local file provider writes here and
 * src/api/static/middlewares.ts serves the public files under /static.
 */
export function uploadDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  if (env.FILE_UPLOAD_DIR) {
    return path.resolve(cwd, env.FILE_UPLOAD_DIR)
  }
  const backendDir = /[\\/]\.medusa[\\/]server[\\/]?$/.test(cwd) ? path.resolve(cwd, "..", "..") : cwd
  return path.resolve(backendDir, "..", ".data", "uploads")
}

/** Files the local provider stored privately (ticket and chat attachments): never served under /static. */
export function isPrivateUploadKey(key: string): boolean {
  return path.basename(key).startsWith("private-")
}
