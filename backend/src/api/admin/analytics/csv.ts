import type { MedusaResponse } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { stringify } from "csv-stringify"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"

type CsvRow = Record<string, unknown>

/**
 * Streams `rows` to the client as a CSV download, pulling them as fast as the client reads
 * (backpressure through `pipeline`), so a large export never sits in memory. The first row is
 * read before any header is sent: a failing query still answers with Medusa's JSON error.
 * A client that goes away stops the source (its `finally` blocks run, cursors close).
 */
export async function sendCsv(
  res: MedusaResponse,
  filename: string,
  columns: string[],
  rows: AsyncIterable<CsvRow> | Iterable<CsvRow>,
  logger: Logger
) {
  const iterator =
    Symbol.asyncIterator in rows
      ? (rows as AsyncIterable<CsvRow>)[Symbol.asyncIterator]()
      : (rows as Iterable<CsvRow>)[Symbol.iterator]()
  const first = await iterator.next()
  async function* all() {
    try {
      if (!first.done) {
        yield first.value
      }
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        yield next.value
      }
    } finally {
      await iterator.return?.()
    }
  }

  res.status(200)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.setHeader("Cache-Control", "no-store")
  await pipeline(
    Readable.from(first.done ? [] : all()),
    stringify({ header: true, columns, cast: { date: (d) => d.toISOString(), boolean: (b) => String(b) } }),
    res
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ERR_STREAM_PREMATURE_CLOSE") {
      logger.debug(`CSV ${filename}: client closed the download early`)
      return
    }
    logger.error(`CSV ${filename} failed after its header was sent: ${error.message}`)
    res.destroy(error)
  })
}

/** `orders-2026-11-01_2026-11-30.csv` */
export function csvFilename(name: string, from?: Date, to?: Date) {
  const day = (d: Date) => d.toISOString().slice(0, 10)
  return from && to ? `${name}-${day(from)}_${day(new Date(to.getTime() - 1))}.csv` : `${name}-${day(new Date())}.csv`
}
