import Link from "next/link"
import { CloudIcon } from "@modules/common/icons"

export default function Logo({ countryCode }: { countryCode: string }) {
  return (
    <Link
      href={`/${countryCode}`}
      prefetch={false}
      className="flex items-center gap-2 rounded-md text-lg font-bold tracking-tight text-white"
    >
      <span className="flex h-8 w-8 items-center justify-center rounded-md bg-accent-500">
        <CloudIcon className="h-5 w-5 text-white" strokeWidth={2.25} />
      </span>
      <span>
        Cloud<span className="text-accent-300">Services</span>
      </span>
    </Link>
  )
}
