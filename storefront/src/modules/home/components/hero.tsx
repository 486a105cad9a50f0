import Link from "next/link"
import { ArrowRightIcon, CheckIcon } from "@modules/common/icons"

export default function Hero({ countryCode, regionName }: { countryCode: string; regionName: string }) {
  return (
    <section className="relative overflow-hidden bg-navy-900 text-white">
      <div
        aria-hidden="true"
        className="absolute inset-0 bg-[radial-gradient(circle_at_80%_20%,rgba(50,114,246,0.35),transparent_55%),radial-gradient(circle_at_10%_90%,rgba(89,150,255,0.18),transparent_45%)]"
      />
      <div className="container-content relative grid gap-10 py-16 lg:grid-cols-2 lg:items-center lg:py-24">
        <div>
          <p className="inline-flex rounded-full border border-accent-400/40 bg-accent-500/10 px-3 py-1 text-xs font-semibold uppercase tracking-wider text-accent-200">
            Cloud plans for {regionName}
          </p>
          <h1 className="mt-5 text-4xl font-bold leading-tight tracking-tight sm:text-5xl">
            Cloud infrastructure that is fast to start and simple to pay for
          </h1>
          <p className="mt-5 max-w-xl text-lg text-slate-300">
            Virtual servers, managed databases, storage, networking, security and email — in
            your currency, billed monthly, quarterly or yearly.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href={`/${countryCode}/store`} prefetch={false} className="btn-primary px-6 py-3 text-base">
              Browse plans <ArrowRightIcon className="h-4 w-4" />
            </Link>
            <Link
              href={`/${countryCode}/pricing`}
              prefetch={false}
              className="btn border border-slate-500 px-6 py-3 text-base text-white hover:bg-navy-800"
            >
              Compare pricing
            </Link>
          </div>
        </div>
        <ul className="grid gap-3 text-sm sm:grid-cols-2">
          {[
            ["Clear plans", "See exactly what every plan includes before you buy."],
            ["Local currency", "Prices and invoices in the currency of your region."],
            ["Save on longer terms", "Quarterly and yearly billing cost less than monthly."],
            ["Data center choice", "Each service lists the locations it runs in."],
          ].map(([title, text]) => (
            <li key={title} className="rounded-lg border border-navy-700 bg-navy-800/60 p-5">
              <CheckIcon className="h-5 w-5 text-accent-300" />
              <p className="mt-3 font-semibold">{title}</p>
              <p className="mt-1 text-slate-400">{text}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
