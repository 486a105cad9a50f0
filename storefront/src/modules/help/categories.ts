/** Help-center categories (the backend's `category` handles) with their names, in display order. */
export const HELP_CATEGORIES: { handle: string; name: string; description: string }[] = [
  { handle: "billing", name: "Billing & renewals", description: "Invoices, renewals, suspension and refunds." },
  { handle: "account", name: "Account & sign-in", description: "Passwords, email and your shopper ID." },
  { handle: "security", name: "Security", description: "Two-step sign-in and recovery codes." },
  { handle: "servers", name: "Servers", description: "Getting started, SSH, firewalls and regions." },
  { handle: "networking", name: "Networking & DNS", description: "Domains and DNS records." },
  { handle: "storage", name: "Backups & storage", description: "Backups, snapshots and restores." },
  { handle: "support", name: "Getting help", description: "Support hours and how to reach us." },
]

export function categoryName(handle: string) {
  return (
    HELP_CATEGORIES.find((c) => c.handle === handle)?.name ??
    handle.replace(/-/g, " ").replace(/^\w/, (c) => c.toUpperCase())
  )
}

/** Tailwind styles for the backend-rendered (sanitised) article and answer HTML. */
export const PROSE_CLASSES = [
  "text-slate-700 leading-relaxed space-y-4 break-words",
  "[&_h1]:text-2xl [&_h1]:font-semibold [&_h1]:text-navy-900",
  "[&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-navy-900",
  "[&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold [&_h3]:text-navy-900",
  "[&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mt-1",
  "[&_a]:text-accent-600 [&_a]:underline hover:[&_a]:text-accent-700",
  "[&_strong]:font-semibold [&_strong]:text-slate-900",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:py-0.5 [&_code]:font-mono [&_code]:text-sm",
  "[&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-navy-950 [&_pre]:p-4 [&_pre]:text-slate-100",
  "[&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_pre_code]:text-slate-100",
  "[&_table]:w-full [&_table]:text-sm [&_th]:border-b [&_th]:border-slate-300 [&_th]:py-2 [&_th]:text-left",
  "[&_td]:border-b [&_td]:border-slate-200 [&_td]:py-2 [&_td]:pr-4 [&_td]:align-top",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-accent-200 [&_blockquote]:pl-4 [&_blockquote]:text-slate-600",
].join(" ")
