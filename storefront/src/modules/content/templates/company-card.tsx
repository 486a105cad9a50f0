import type { Company } from "@lib/data/content"

/** The company's address, email and phone (GET /store/company); nothing when not configured. */
export default function CompanyCard({ company, title = "Contact details" }: { company: Company | null; title?: string }) {
  if (!company) {
    return null
  }
  return (
    <section className="card p-5 text-sm text-slate-700" data-testid="company-details">
      <h2 className="font-semibold text-navy-900">{title}</h2>
      <p className="mt-2 font-medium">{company.name}</p>
      {company.address && <address className="mt-1 whitespace-pre-line not-italic">{company.address}</address>}
      <dl className="mt-3 space-y-1">
        {company.email && (
          <div className="flex flex-wrap gap-x-2">
            <dt className="text-slate-500">Email</dt>
            <dd>
              <a href={`mailto:${company.email}`} className="break-all text-accent-600 underline">
                {company.email}
              </a>
            </dd>
          </div>
        )}
        {company.phone && (
          <div className="flex flex-wrap gap-x-2">
            <dt className="text-slate-500">Phone</dt>
            <dd>
              <a href={`tel:${company.phone.replace(/[^+\d]/g, "")}`} className="text-accent-600 underline">
                {company.phone}
              </a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
