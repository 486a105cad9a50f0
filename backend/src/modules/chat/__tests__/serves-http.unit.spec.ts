import { servesHttp } from "../service"

describe("the chat socket server runs only where Medusa serves HTTP", () => {
  const node = "/usr/bin/node"
  it.each([
    ["medusa start (bin link)", "shared", [node, "/app/node_modules/.bin/medusa", "start"], true],
    ["medusa start in a server instance", "server", [node, "/app/node_modules/@medusajs/cli/cli.js", "start", "--cluster"], true],
    ["medusa develop", "shared", [node, "/app/node_modules/.bin/medusa", "develop"], true],
    ["a worker", "worker", [node, "/app/node_modules/.bin/medusa", "start"], false],
    ["medusa exec (sets server mode)", "server", [node, "/app/node_modules/.bin/medusa", "exec", "./src/scripts/seed.ts"], false],
    ["medusa db:migrate", "server", [node, "/app/node_modules/@medusajs/cli/cli.js", "db:migrate"], false],
    ["medusa user", "server", [node, "/app/node_modules/.bin/medusa", "user", "-e", "a@b.c"], false],
    ["the integration test runner (jest)", "shared", [node, "/app/node_modules/.bin/jest", "--runInBand"], true],
  ])("%s", (_name, mode, argv, expected) => {
    expect(servesHttp(mode as string, argv as string[])).toBe(expected)
  })
})
