/** Use cases of the Solutions page, each naming catalog products (by handle) and a suggested plan. */
export type Solution = {
  id: string
  title: string
  summary: string
  picks: { handle: string; plan: string; why: string }[]
}

export const SOLUTIONS: Solution[] = [
  {
    id: "web-hosting",
    title: "Websites and blogs",
    summary: "A fast server for WordPress, a company site or a portfolio, with its domain, certificate and daily backups.",
    picks: [
      { handle: "cloud-vps", plan: "Starter", why: "1 vCPU and 2 GB RAM run a busy WordPress site." },
      { handle: "domain-registration", plan: ".com", why: "Your address, with WHOIS privacy." },
      { handle: "ssl-certificate", plan: "Domain Validated", why: "HTTPS issued in minutes." },
      { handle: "automated-backups", plan: "Basic", why: "Daily copies kept for 7 days." },
    ],
  },
  {
    id: "saas",
    title: "SaaS applications",
    summary: "App servers behind a load balancer, a managed database with a standby and a cache for sessions and queues.",
    picks: [
      { handle: "cloud-vps", plan: "Performance", why: "4 vCPU app servers you can add as you grow." },
      { handle: "load-balancer", plan: "Small", why: "Spreads traffic and health-checks your servers." },
      { handle: "managed-postgresql", plan: "Business", why: "Point-in-time recovery and a standby node." },
      { handle: "managed-redis", plan: "1 GB", why: "Sessions, caching and background jobs." },
    ],
  },
  {
    id: "e-commerce",
    title: "Online shops",
    summary: "Stay fast and online during sales: a CDN in front, protection against attacks and a database that fails over.",
    picks: [
      { handle: "cloud-vps", plan: "Standard", why: "Runs WooCommerce, Magento or your own shop." },
      { handle: "global-cdn", plan: "Starter", why: "Product images served close to your buyers." },
      { handle: "web-application-firewall", plan: "Essential", why: "Managed OWASP rules and rate limiting." },
      { handle: "managed-mysql", plan: "Business", why: "Orders safe on a database with a standby node." },
    ],
  },
  {
    id: "dev-test",
    title: "Development and testing",
    summary: "Cheap, disposable environments for feature branches, CI runners and staging, billed by the month.",
    picks: [
      { handle: "cloud-vps", plan: "Starter", why: "A staging server per project." },
      { handle: "cpu-optimized-vps", plan: "CPU-2", why: "Dedicated cores for fast CI builds." },
      { handle: "object-storage", plan: "250 GB", why: "Build artifacts and test data." },
      { handle: "vpn-gateway", plan: "Team", why: "Keep staging private to your team." },
    ],
  },
  {
    id: "ai-and-data",
    title: "AI and data processing",
    summary: "GPUs for inference and fine-tuning, bare metal for heavy batch jobs and storage for data sets.",
    picks: [
      { handle: "gpu-cloud-instance", plan: "L4 × 1", why: "An NVIDIA L4 for inference." },
      { handle: "dedicated-server", plan: "Business", why: "16 dedicated cores and 64 GB RAM." },
      { handle: "object-storage", plan: "5 TB", why: "Data sets and model checkpoints." },
    ],
  },
]
