import { notFound } from "next/navigation"

/** Any unknown path under a country renders the country's not-found page. */
export default function UnknownPage() {
  notFound()
}
