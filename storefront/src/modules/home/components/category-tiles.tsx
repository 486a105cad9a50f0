import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { CategoryIcon } from "@modules/common/icons"

const BLURBS: Record<string, string> = {
  compute: "Virtual servers for websites, apps and workloads.",
  databases: "Managed database plans, ready to connect.",
  storage: "Storage for files, volumes and backups.",
  networking: "Networking services for your traffic and domains.",
  security: "Certificates and protection for your services.",
  email: "Business email on your own domain.",
}

export default function CategoryTiles({
  categories,
  countryCode,
}: {
  categories: HttpTypes.StoreProductCategory[]
  countryCode: string
}) {
  return (
    <section aria-labelledby="categories-heading" className="container-content py-16">
      <h2 id="categories-heading" className="text-2xl font-bold text-navy-900">
        Everything you need to run online
      </h2>
      <p className="mt-2 text-slate-600">Pick a category to see its plans.</p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              href={`/${countryCode}/categories/${category.handle}`}
              prefetch={false}
              className="card group flex h-full gap-4 p-5 transition-shadow hover:border-accent-300 hover:shadow-md"
            >
              <span className="flex h-11 w-11 shrink-0 items-center justify-center rounded-lg bg-accent-50 text-accent-700 group-hover:bg-accent-600 group-hover:text-white">
                <CategoryIcon handle={category.handle} className="h-6 w-6" />
              </span>
              <span>
                <span className="block font-semibold text-navy-900">{category.name}</span>
                <span className="mt-1 block text-sm text-slate-600">
                  {category.description || BLURBS[category.handle] || "See all plans."}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
