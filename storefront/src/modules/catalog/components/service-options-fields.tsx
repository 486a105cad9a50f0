"use client"

import type { ServiceConfig, ServiceOptions } from "@lib/util/service-config"
import { CheckIcon, MapPinIcon } from "@modules/common/icons"

type FieldErrors = Partial<Record<keyof ServiceConfig, string>>

type ServiceOptionsFieldsProps = {
  options: ServiceOptions
  value: ServiceConfig
  onChange: (next: ServiceConfig) => void
  /** Errors to show now (after the field was left or Add to cart was pressed). */
  errors: FieldErrors
  onBlur: (field: keyof ServiceConfig) => void
  /** A domain plan's TLD (".com"): the buyer types the name before it. */
  planTld: string | null
  step: number
}

const choiceClass = (selected: boolean) =>
  `flex cursor-pointer items-center justify-between gap-2 rounded-lg border-2 px-3 py-2.5 text-sm transition-colors has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-500 ${
    selected ? "border-accent-600 bg-accent-50 font-semibold text-navy-900" : "border-slate-200 bg-white text-slate-700 hover:border-accent-300"
  }`

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1.5 text-sm text-red-700" data-testid={`${id}`}>
      {error}
    </p>
  ) : null
}

/**
 * The purchase options of the product page: data center, OS image, hostname
 * and SSH key for servers, the data center of a managed service, the name of
 * a domain. Controlled by the configurator, which validates and sends them.
 */
export default function ServiceOptionsFields({
  options,
  value,
  onChange,
  errors,
  onBlur,
  planTld,
  step,
}: ServiceOptionsFieldsProps) {
  const set = (field: keyof ServiceConfig, next: string) => onChange({ ...value, [field]: next })
  const title =
    options.kind === "server" ? "Configure your server" : options.kind === "domain" ? "Choose your domain" : "Choose where it runs"

  return (
    <fieldset data-testid="service-options">
      <legend className="text-sm font-semibold text-navy-900">
        {step}. {title}
      </legend>
      <div className="mt-3 space-y-5">
        {options.locations.length > 0 && (
          <fieldset aria-describedby={errors.location ? "location-error" : undefined}>
            <legend className="label">Data center</legend>
            <div className="grid grid-cols-1 gap-2 min-[400px]:grid-cols-2 sm:grid-cols-3">
              {options.locations.map((location) => {
                const selected = value.location === location.code
                return (
                  <label key={location.code} className={choiceClass(selected)} data-testid={`location-select-${location.code}`}>
                    <span className="flex min-w-0 items-center gap-2">
                      <MapPinIcon className="h-4 w-4 shrink-0 text-accent-600" />
                      <span className="truncate">{location.label}</span>
                    </span>
                    <input
                      type="radio"
                      name="service-location"
                      value={location.code}
                      checked={selected}
                      onChange={() => set("location", location.code)}
                      className="sr-only"
                    />
                    {selected && <CheckIcon className="h-4 w-4 shrink-0 text-accent-600" />}
                  </label>
                )
              })}
            </div>
            <FieldError id="location-error" error={errors.location} />
          </fieldset>
        )}

        {options.os_images.length > 0 && (
          <fieldset aria-describedby={errors.os ? "os-error" : undefined}>
            <legend className="label">Operating system</legend>
            <div className="grid grid-cols-1 gap-2 min-[400px]:grid-cols-2">
              {options.os_images.map((image) => {
                const selected = value.os === image.code
                return (
                  <label key={image.code} className={choiceClass(selected)} data-testid={`os-select-${image.code}`}>
                    <span>{image.label}</span>
                    <input
                      type="radio"
                      name="service-os"
                      value={image.code}
                      checked={selected}
                      onChange={() => set("os", image.code)}
                      className="sr-only"
                    />
                    {selected && <CheckIcon className="h-4 w-4 shrink-0 text-accent-600" />}
                  </label>
                )
              })}
            </div>
            <FieldError id="os-error" error={errors.os} />
          </fieldset>
        )}

        {options.kind === "server" && (
          <>
            <div>
              <label htmlFor="service-hostname" className="label">
                Hostname
              </label>
              <input
                id="service-hostname"
                data-testid="hostname-input"
                className={`input font-mono ${errors.hostname ? "border-red-400" : ""}`}
                value={value.hostname ?? ""}
                onChange={(event) => set("hostname", event.target.value.toLowerCase())}
                onBlur={() => onBlur("hostname")}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={253}
                placeholder="web-01.example.com"
                aria-invalid={errors.hostname ? true : undefined}
                aria-describedby={errors.hostname ? "hostname-error" : "hostname-hint"}
              />
              {errors.hostname ? (
                <FieldError id="hostname-error" error={errors.hostname} />
              ) : (
                <p id="hostname-hint" className="mt-1.5 text-xs text-slate-500">
                  Letters a–z, digits and hyphens; dots separate the parts, like web-01.example.com.
                </p>
              )}
            </div>
            <div>
              <label htmlFor="service-ssh-key" className="label">
                SSH public key <span className="font-normal text-slate-500">(optional)</span>
              </label>
              <textarea
                id="service-ssh-key"
                data-testid="ssh-key-input"
                rows={3}
                className={`input font-mono text-xs ${errors.ssh_key ? "border-red-400" : ""}`}
                value={value.ssh_key ?? ""}
                onChange={(event) => set("ssh_key", event.target.value)}
                onBlur={() => onBlur("ssh_key")}
                spellCheck={false}
                autoCapitalize="none"
                placeholder="ssh-ed25519 AAAAC3Nza… you@laptop"
                aria-invalid={errors.ssh_key ? true : undefined}
                aria-describedby={errors.ssh_key ? "ssh-key-error" : "ssh-key-hint"}
              />
              {errors.ssh_key ? (
                <FieldError id="ssh-key-error" error={errors.ssh_key} />
              ) : (
                <p id="ssh-key-hint" className="mt-1.5 text-xs text-slate-500">
                  Paste the contents of your <code>.pub</code> file (for example <code>~/.ssh/id_ed25519.pub</code>).
                  Without a key you sign in as root with the password shown in your account.
                </p>
              )}
            </div>
          </>
        )}

        {options.kind === "domain" && (
          <div>
            <label htmlFor="service-domain" className="label">
              Domain name
            </label>
            <div className="flex">
              <input
                id="service-domain"
                data-testid="domain-input"
                className={`input font-mono ${planTld ? "rounded-r-none" : ""} ${errors.domain ? "border-red-400" : ""}`}
                value={value.domain ?? ""}
                onChange={(event) => set("domain", event.target.value.toLowerCase().trim())}
                onBlur={() => onBlur("domain")}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={253}
                placeholder={planTld ? "my-startup" : "my-startup.com"}
                aria-invalid={errors.domain ? true : undefined}
                aria-describedby={errors.domain ? "domain-error" : "domain-hint"}
              />
              {planTld && (
                <span className="inline-flex items-center rounded-r-md border border-l-0 border-slate-300 bg-slate-100 px-3 font-mono text-sm text-slate-700">
                  {planTld}
                </span>
              )}
            </div>
            {errors.domain ? (
              <FieldError id="domain-error" error={errors.domain} />
            ) : (
              <p id="domain-hint" className="mt-1.5 text-xs text-slate-500">
                {planTld
                  ? `The name to register under ${planTld}: letters a–z, digits and hyphens.`
                  : `One of ${options.tlds.join(", ")}.`}
              </p>
            )}
          </div>
        )}
      </div>
    </fieldset>
  )
}
