import type { Metadata } from "next"
import NotFoundBody from "@modules/layout/components/not-found-body"

export const metadata: Metadata = {
  title: "Page not found",
  description: "The page you are looking for does not exist.",
}

/** Not-found inside the shop's header and footer (the section's layout). */
export default function SectionNotFound() {
  return <NotFoundBody />
}
