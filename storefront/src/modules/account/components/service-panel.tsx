import { getServiceOptions } from "@lib/data/products"
import type { ServiceStatus, StoreService } from "@lib/data/services"
import type { StoreSubscription } from "@lib/data/subscriptions"
import { describeServiceConfig, type ServiceChoice } from "@lib/util/service-config"
import RootPasswordReveal from "@modules/account/components/root-password-reveal"
import ServiceActions from "@modules/account/components/service-actions"
import ServiceAutoRefresh from "@modules/account/components/service-auto-refresh"
import CopyButton from "@modules/common/components/copy-button"

const STATUS: Record<ServiceStatus, { label: string; tone: string }> = {
  provisioning: { label: "Setting up", tone: "bg-accent-100 text-accent-800" },
  active: { label: "Running", tone: "bg-emerald-100 text-emerald-800" },
  suspended: { label: "Suspended", tone: "bg-amber-100 text-amber-900" },
  terminated: { label: "Deleted", tone: "bg-slate-200 text-slate-700" },
  failed: { label: "Setup failed", tone: "bg-red-100 text-red-800" },
}

function ServiceStatusBadge({ status }: { status: ServiceStatus }) {
  const entry = STATUS[status] ?? { label: status, tone: "bg-slate-200 text-slate-700" }
  return (
    <span
      data-testid="service-status"
      data-status={status}
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ${entry.tone}`}
    >
      {status === "provisioning" && (
        <span aria-hidden="true" className="h-3 w-3 animate-spin rounded-full border-2 border-current border-t-transparent" />
      )}
      {entry.label}
    </span>
  )
}

function Row({ label, value, copy, testId, mono = false }: { label: string; value: string | null; copy?: string; testId: string; mono?: boolean }) {
  if (!value) return null
  return (
    <div className="min-w-0">
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 flex min-w-0 items-start gap-2">
        <span data-testid={testId} className={`min-w-0 break-all font-medium text-slate-800 ${mono ? "font-mono" : ""}`}>
          {value}
        </span>
        {copy && <CopyButton value={value} label={copy} testId={`${testId}-copy`} />}
      </dd>
    </div>
  )
}

const labelOf = (list: ServiceChoice[] | undefined, code: string | null) =>
  code ? (list?.find((c) => c.code === code)?.label ?? code) : null

/**
 * "Your server" on the subscription page: the running service's status,
 * addresses and how to connect, the root password behind the account
 * password, reboot and reinstall. While it is set up (or the payment has
 * just arrived) the page refreshes itself until the addresses are there.
 */
export default async function ServicePanel({
  subscription: sub,
  countryCode,
}: {
  subscription: StoreSubscription
  countryCode: string
}) {
  const service: StoreService | null = sub.service ?? null
  const config = sub.service_config ?? null
  if (!service && !config) {
    return null
  }
  // labels of the data center and OS, and the images a reinstall can choose from
  const options = await getServiceOptions(sub.product_id)
  const title = options?.kind === "server" || service?.ipv4 || config?.hostname ? "Your server" : "Your service"

  if (!service) {
    const waiting = sub.status === "pending_payment"
    // a paid server is set up within moments: until its record appears the page refreshes itself
    const settingUp = !waiting && (sub.status === "active" || sub.status === "suspended") && !!config?.hostname
    const rows = describeServiceConfig(config ?? {}, options).filter((row) => row.key !== "ssh_key")
    return (
      <section aria-labelledby="service-panel-title" data-testid="service-panel" className="card mt-4 p-5">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="service-panel-title" className="text-lg font-semibold text-navy-900">
            {title}
          </h2>
          {settingUp && <ServiceStatusBadge status="provisioning" />}
        </div>
        <p className="mt-2 text-sm text-slate-600">
          {waiting
            ? "It is set up as soon as your payment arrives, with these options:"
            : settingUp
              ? "We are setting it up; this page updates by itself."
              : "Chosen at purchase:"}
        </p>
        {rows.length > 0 && (
          <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            {rows.map((row) => (
              <div key={row.key} className="min-w-0">
                <dt className="text-slate-500">{row.label}</dt>
                <dd className="break-all font-medium text-slate-800">{row.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {settingUp && <ServiceAutoRefresh />}
      </section>
    )
  }

  const active = service.status === "active"
  const location = labelOf(options?.locations, service.location)
  const os = labelOf(options?.os_images, service.os)
  const ssh = service.ipv4 ? `ssh root@${service.ipv4}` : null

  return (
    <section aria-labelledby="service-panel-title" data-testid="service-panel" className="card mt-4 p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="service-panel-title" className="text-lg font-semibold text-navy-900">
          {title}
        </h2>
        <ServiceStatusBadge status={service.status} />
      </div>

      {service.status === "provisioning" && (
        <p className="mt-2 text-sm text-slate-600">
          We are setting up your server; this takes a minute and the page updates by itself.
        </p>
      )}
      {service.status === "failed" && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          Setting up this server did not work. Our team has been told and retries it; you don&apos;t need to do
          anything. Contact support if it is not running within the hour.
        </p>
      )}
      {service.status === "suspended" && (
        <p className="mt-2 text-sm text-amber-900">
          The server is stopped while the subscription is suspended. Renew it to start it again; your data is kept.
        </p>
      )}
      {service.status === "terminated" && (
        <p className="mt-2 text-sm text-slate-600">This server was deleted with its data when the subscription ended.</p>
      )}

      <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        <Row label="IPv4 address" value={service.ipv4} copy="Copy IPv4 address" testId="service-ipv4" mono />
        <Row label="IPv6 address" value={service.ipv6} copy="Copy IPv6 address" testId="service-ipv6" mono />
        <Row label="Hostname" value={service.hostname} testId="service-hostname" mono />
        <Row label="Data center" value={location} testId="service-location" />
        <Row label="Operating system" value={os} testId="service-os" />
      </dl>

      {ssh && active && (
        <div className="mt-4">
          <p className="text-sm text-slate-500">Connect</p>
          <div className="mt-1 flex min-w-0 items-center gap-2 rounded-md bg-navy-900 px-3 py-2">
            <code data-testid="service-ssh-command" className="min-w-0 flex-1 overflow-x-auto whitespace-nowrap font-mono text-sm text-slate-100">
              {ssh}
            </code>
            <CopyButton value={ssh} label="Copy SSH command" testId="service-ssh-command-copy" />
          </div>
          {config?.ssh_key && (
            <p className="mt-1 text-xs text-slate-500">Your SSH key is installed for root.</p>
          )}
        </div>
      )}

      {active && (
        <div className="mt-5 flex flex-col gap-4 border-t border-slate-100 pt-4">
          <RootPasswordReveal subscriptionId={sub.id} />
          <ServiceActions
            subscriptionId={sub.id}
            countryCode={countryCode}
            hostname={service.hostname ?? "The server"}
            osImages={options?.os_images ?? []}
            currentOs={service.os}
          />
        </div>
      )}

      {service.status === "provisioning" && <ServiceAutoRefresh />}
    </section>
  )
}
