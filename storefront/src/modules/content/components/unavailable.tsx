import Link from "next/link"

/** What a content page shows while its content is not published (the backend answered 404). */
export default function ContentUnavailable({ title, countryCode }: { title: string; countryCode: string }) {
  return (
    <div className="container-content max-w-3xl py-12" data-testid="content-unavailable">
      <h1 className="text-3xl font-semibold text-navy-900">{title}</h1>
      <p className="mt-4 text-slate-600">
        This page is being prepared and will be published shortly. In the meantime, the{" "}
        <Link href={`/${countryCode}/help`} className="text-accent-600 underline">
          help center
        </Link>{" "}
        answers most questions, and you can always{" "}
        <Link href={`/${countryCode}/contact`} className="text-accent-600 underline">
          contact us
        </Link>
        .
      </p>
    </div>
  )
}
