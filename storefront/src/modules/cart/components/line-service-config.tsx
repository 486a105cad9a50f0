import { getServiceOptions } from "@lib/data/products"
import { describeServiceConfig, lineServiceConfig } from "@lib/util/service-config"

/**
 * The options chosen for a cart or order line (data center, OS, hostname,
 * SSH key, domain), with the product's labels; nothing for a line without.
 */
export default async function LineServiceConfig({
  productId,
  metadata,
}: {
  productId?: string | null
  metadata?: Record<string, unknown> | null
}) {
  const config = lineServiceConfig(metadata)
  if (!config) {
    return null
  }
  const options = productId ? await getServiceOptions(productId) : null
  const rows = describeServiceConfig(config, options)
  if (!rows.length) {
    return null
  }
  return (
    <dl data-testid="line-service-config" className="mt-1.5 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs">
      {rows.map((row) => (
        <div key={row.key} className="contents" data-testid={`line-service-${row.key}`}>
          <dt className="text-slate-500">{row.label}</dt>
          <dd className={`break-words text-slate-800 ${row.key === "hostname" || row.key === "domain" ? "font-mono" : ""}`}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
