/**
 * Demo catalog of a small cloud provider. Prices are monthly list prices in
 * USD (major units); every other currency and billing term is derived from
 * them in ./pricing.ts so the catalog stays consistent.
 */

export type PlanSpec = {
  vcpu?: number
  ram_gb?: number
  storage_gb?: number
  bandwidth_tb?: number
  features?: string[]
}

export type SeedPlan = { name: string; monthly_usd: number; spec: PlanSpec }

export type SeedProduct = {
  handle: string
  title: string
  subtitle: string
  description: string
  category: string
  featured?: boolean
  locations: string[]
  /** Domain plans: the TLDs sold (each plan registers the TLD it is named after). */
  domain_tlds?: string[]
  plans: SeedPlan[]
}

export const CATEGORIES = [
  { handle: "compute", name: "Compute", description: "Virtual and dedicated servers." },
  { handle: "databases", name: "Databases", description: "Managed database clusters with backups and failover." },
  { handle: "storage", name: "Storage", description: "Object storage, volumes and backups." },
  { handle: "networking", name: "Networking", description: "Domains, DNS, CDN and load balancing." },
  { handle: "security", name: "Security", description: "Certificates, DDoS protection and firewalls." },
  { handle: "email", name: "Email", description: "Business mailboxes and transactional email." },
]

const ALL_DCS = [
  "Ashburn, US",
  "Toronto, CA",
  "Frankfurt, DE",
  "Amsterdam, NL",
  "London, GB",
  "Mumbai, IN",
]
const EDGE = ["Global edge network (120+ locations)"]

const plan = (name: string, monthly_usd: number, spec: PlanSpec): SeedPlan => ({
  name,
  monthly_usd,
  spec,
})

export const PRODUCTS: SeedProduct[] = [
  {
    handle: "cloud-vps",
    title: "Cloud VPS",
    subtitle: "NVMe virtual servers with root access",
    description:
      "KVM virtual private servers on AMD EPYC hosts with NVMe storage, IPv4 + IPv6, snapshots and a 99.95% uptime SLA. Deploy Ubuntu, Debian, Rocky Linux or AlmaLinux in under a minute.",
    category: "compute",
    featured: true,
    locations: ALL_DCS,
    plans: [
      plan("Starter", 6, { vcpu: 1, ram_gb: 2, storage_gb: 50, bandwidth_tb: 2 }),
      plan("Standard", 12, { vcpu: 2, ram_gb: 4, storage_gb: 80, bandwidth_tb: 4 }),
      plan("Performance", 24, { vcpu: 4, ram_gb: 8, storage_gb: 160, bandwidth_tb: 5 }),
      plan("Pro", 48, { vcpu: 8, ram_gb: 16, storage_gb: 320, bandwidth_tb: 6 }),
    ],
  },
  {
    handle: "cpu-optimized-vps",
    title: "CPU-Optimized VPS",
    subtitle: "Dedicated vCPUs for compute-heavy work",
    description:
      "Dedicated, non-shared vCPU threads for CI runners, video encoding, game servers and batch jobs. Same NVMe storage and network as Cloud VPS.",
    category: "compute",
    locations: ALL_DCS,
    plans: [
      plan("CPU-2", 28, { vcpu: 2, ram_gb: 4, storage_gb: 25, bandwidth_tb: 4 }),
      plan("CPU-4", 56, { vcpu: 4, ram_gb: 8, storage_gb: 50, bandwidth_tb: 5 }),
      plan("CPU-8", 112, { vcpu: 8, ram_gb: 16, storage_gb: 100, bandwidth_tb: 6 }),
    ],
  },
  {
    handle: "dedicated-server",
    title: "Dedicated Server",
    subtitle: "Single-tenant bare metal",
    description:
      "Bare-metal servers with IPMI access, hardware RAID and 1 Gbit/s ports with 20 to 50 TB of monthly traffic included by plan. Provisioned within 4 hours, replaced parts within 2 hours.",
    category: "compute",
    featured: true,
    locations: ["Ashburn, US", "Frankfurt, DE", "London, GB", "Mumbai, IN"],
    plans: [
      plan("Entry", 99, { vcpu: 8, ram_gb: 32, storage_gb: 2000, bandwidth_tb: 20, features: ["Intel Xeon E-2388G", "2 × 1 TB NVMe"] }),
      plan("Business", 169, { vcpu: 16, ram_gb: 64, storage_gb: 4000, bandwidth_tb: 30, features: ["AMD EPYC 4344P", "2 × 2 TB NVMe"] }),
      plan("Enterprise", 299, { vcpu: 32, ram_gb: 128, storage_gb: 8000, bandwidth_tb: 50, features: ["AMD EPYC 9124", "4 × 2 TB NVMe", "Redundant PSU"] }),
    ],
  },
  {
    handle: "gpu-cloud-instance",
    title: "GPU Cloud Instance",
    subtitle: "NVIDIA GPUs for inference and training",
    description:
      "On-demand virtual machines with dedicated NVIDIA GPUs, CUDA drivers pre-installed and fast local scratch storage.",
    category: "compute",
    locations: ["Ashburn, US", "Frankfurt, DE", "Amsterdam, NL"],
    plans: [
      plan("L4 × 1", 399, { vcpu: 8, ram_gb: 32, storage_gb: 250, bandwidth_tb: 5, features: ["1 × NVIDIA L4 24 GB"] }),
      plan("L40S × 1", 899, { vcpu: 16, ram_gb: 64, storage_gb: 500, bandwidth_tb: 10, features: ["1 × NVIDIA L40S 48 GB"] }),
    ],
  },
  {
    handle: "managed-postgresql",
    title: "Managed PostgreSQL",
    subtitle: "PostgreSQL 17 with automatic failover",
    description:
      "Fully managed PostgreSQL with daily backups, point-in-time recovery, connection pooling and one-click read replicas.",
    category: "databases",
    featured: true,
    locations: ALL_DCS,
    plans: [
      plan("Hobby", 15, { vcpu: 1, ram_gb: 1, storage_gb: 10, features: ["Daily backups (7 days)"] }),
      plan("Business", 60, { vcpu: 2, ram_gb: 4, storage_gb: 60, features: ["Point-in-time recovery", "Standby node"] }),
      plan("Premium HA", 240, { vcpu: 4, ram_gb: 16, storage_gb: 270, features: ["Two standby nodes", "Read replicas", "PITR (30 days)"] }),
    ],
  },
  {
    handle: "managed-redis",
    title: "Managed Redis",
    subtitle: "In-memory cache and queues",
    description:
      "Managed Redis-compatible key-value store with persistence, TLS, eviction policies and automatic failover on paid tiers.",
    category: "databases",
    locations: ALL_DCS,
    plans: [
      plan("1 GB", 15, { vcpu: 1, ram_gb: 1 }),
      plan("4 GB", 60, { vcpu: 2, ram_gb: 4, features: ["Automatic failover"] }),
      plan("16 GB", 240, { vcpu: 4, ram_gb: 16, features: ["Automatic failover", "Cluster mode"] }),
    ],
  },
  {
    handle: "managed-mysql",
    title: "Managed MySQL",
    subtitle: "MySQL 8 with daily backups",
    description:
      "Managed MySQL with automated patching, daily backups, slow-query insights and read-only replicas.",
    category: "databases",
    locations: ALL_DCS,
    plans: [
      plan("Hobby", 15, { vcpu: 1, ram_gb: 1, storage_gb: 10 }),
      plan("Business", 60, { vcpu: 2, ram_gb: 4, storage_gb: 60, features: ["Standby node"] }),
      plan("Premium HA", 240, { vcpu: 4, ram_gb: 16, storage_gb: 270, features: ["Two standby nodes", "Read replicas"] }),
    ],
  },
  {
    handle: "object-storage",
    title: "Object Storage",
    subtitle: "S3-compatible buckets",
    description:
      "S3-compatible object storage with versioning, lifecycle rules and a built-in CDN endpoint. Egress included up to the plan's transfer quota.",
    category: "storage",
    featured: true,
    locations: ALL_DCS,
    plans: [
      plan("250 GB", 5, { storage_gb: 250, bandwidth_tb: 1 }),
      plan("1 TB", 20, { storage_gb: 1000, bandwidth_tb: 4 }),
      plan("5 TB", 95, { storage_gb: 5000, bandwidth_tb: 20 }),
    ],
  },
  {
    handle: "block-storage",
    title: "Block Storage Volume",
    subtitle: "Attachable NVMe volumes",
    description:
      "Network-attached NVMe volumes you can resize online and move between servers in the same data center. Triple-replicated.",
    category: "storage",
    locations: ALL_DCS,
    plans: [
      plan("100 GB", 10, { storage_gb: 100 }),
      plan("500 GB", 50, { storage_gb: 500 }),
      plan("1 TB", 100, { storage_gb: 1000 }),
    ],
  },
  {
    handle: "automated-backups",
    title: "Automated Backups",
    subtitle: "Off-site backups for servers and databases",
    description:
      "Encrypted, off-site backups of your servers and databases with one-click restore and retention you choose.",
    category: "storage",
    locations: ALL_DCS,
    plans: [
      plan("Basic", 4, { storage_gb: 100, features: ["Daily backups", "7-day retention"] }),
      plan("Plus", 12, { storage_gb: 500, features: ["Hourly backups", "30-day retention"] }),
      plan("Vault", 30, { storage_gb: 2000, features: ["Hourly backups", "90-day retention", "Immutable copies"] }),
    ],
  },
  {
    handle: "domain-registration",
    title: "Domain Registration",
    subtitle: "Register and renew domains",
    description:
      "Domain names with free WHOIS privacy, DNSSEC and transfer lock. Prices shown per month of registration.",
    category: "networking",
    locations: EDGE,
    domain_tlds: [".com", ".net", ".io"],
    plans: [
      plan(".com", 1.25, { features: ["WHOIS privacy", "DNSSEC"] }),
      plan(".net", 1.4, { features: ["WHOIS privacy", "DNSSEC"] }),
      plan(".io", 4, { features: ["WHOIS privacy", "DNSSEC"] }),
    ],
  },
  {
    handle: "managed-dns",
    title: "Managed DNS",
    subtitle: "Anycast DNS hosting",
    description:
      "Authoritative anycast DNS with a 100% uptime SLA, health-checked failover records and an API.",
    category: "networking",
    locations: EDGE,
    plans: [
      plan("Basic", 2, { features: ["10 zones", "1M queries / month"] }),
      plan("Pro", 10, { features: ["100 zones", "25M queries / month", "Failover records"] }),
    ],
  },
  {
    handle: "global-cdn",
    title: "Global CDN",
    subtitle: "Cache static and dynamic content at the edge",
    description:
      "Content delivery network with HTTP/3, instant purge, image optimisation and real-time logs.",
    category: "networking",
    locations: EDGE,
    plans: [
      plan("Starter", 10, { bandwidth_tb: 1 }),
      plan("Business", 80, { bandwidth_tb: 10, features: ["Image optimisation"] }),
      plan("Scale", 350, { bandwidth_tb: 50, features: ["Image optimisation", "Real-time logs"] }),
    ],
  },
  {
    handle: "load-balancer",
    title: "Load Balancer",
    subtitle: "Managed L4/L7 load balancing",
    description:
      "Highly available load balancers with health checks, TLS termination, sticky sessions and HTTP/2.",
    category: "networking",
    featured: true,
    locations: ALL_DCS,
    plans: [
      plan("Small", 12, { bandwidth_tb: 2, features: ["10,000 concurrent connections"] }),
      plan("Medium", 36, { bandwidth_tb: 6, features: ["50,000 concurrent connections"] }),
      plan("Large", 96, { bandwidth_tb: 20, features: ["250,000 concurrent connections"] }),
    ],
  },
  {
    handle: "ssl-certificate",
    title: "SSL Certificate",
    subtitle: "Trusted TLS certificates",
    description:
      "Publicly trusted certificates with automatic renewal and installation on our load balancers and CDN.",
    category: "security",
    locations: EDGE,
    plans: [
      plan("Domain Validated", 1, { features: ["1 domain", "Issued in minutes"] }),
      plan("Wildcard", 6, { features: ["*.yourdomain", "Issued in minutes"] }),
      plan("Extended Validation", 15, { features: ["Organisation vetted", "$1.5M warranty"] }),
    ],
  },
  {
    handle: "ddos-protection",
    title: "DDoS Protection",
    subtitle: "Always-on mitigation",
    description:
      "Network and application layer DDoS mitigation in front of your servers, with attack reports and a 24/7 response team.",
    category: "security",
    locations: EDGE,
    plans: [
      plan("Standard", 20, { features: ["L3/L4 mitigation up to 1 Tbps"] }),
      plan("Advanced", 120, { features: ["L3–L7 mitigation", "Custom rules", "24/7 SOC"] }),
    ],
  },
  {
    handle: "web-application-firewall",
    title: "Web Application Firewall",
    subtitle: "Block OWASP Top 10 attacks",
    description:
      "Managed WAF rules for SQL injection, XSS and bots, with rate limiting and a rule editor.",
    category: "security",
    locations: EDGE,
    plans: [
      plan("Essential", 15, { features: ["Managed OWASP rules", "Rate limiting"] }),
      plan("Business", 60, { features: ["Bot management", "Custom rules", "Log export"] }),
    ],
  },
  {
    handle: "vpn-gateway",
    title: "VPN Gateway",
    subtitle: "Site-to-site and remote-access VPN",
    description:
      "Managed WireGuard and IPsec gateways into your private network, with SSO for remote users.",
    category: "security",
    locations: ALL_DCS,
    plans: [
      plan("Team", 25, { bandwidth_tb: 2, features: ["25 users", "WireGuard"] }),
      plan("Business", 75, { bandwidth_tb: 10, features: ["250 users", "WireGuard + IPsec", "SSO"] }),
    ],
  },
  {
    handle: "business-email",
    title: "Business Email",
    subtitle: "Mailboxes on your own domain",
    description:
      "Ad-free business email with calendar, contacts, spam and virus filtering, and IMAP/SMTP/ActiveSync. Price per mailbox.",
    category: "email",
    featured: true,
    locations: ["Frankfurt, DE", "Ashburn, US"],
    plans: [
      plan("Starter", 2, { storage_gb: 10, features: ["Webmail + IMAP"] }),
      plan("Business", 5, { storage_gb: 50, features: ["Shared calendars", "ActiveSync"] }),
      plan("Enterprise", 9, { storage_gb: 100, features: ["Archiving", "eDiscovery"] }),
    ],
  },
  {
    handle: "transactional-email",
    title: "Transactional Email API",
    subtitle: "Reliable email delivery for your apps",
    description:
      "SMTP relay and HTTP API for receipts, password resets and alerts, with dedicated IPs on higher tiers and delivery webhooks.",
    category: "email",
    locations: ["Ashburn, US", "Frankfurt, DE"],
    plans: [
      plan("50k emails", 15, { features: ["50,000 emails / month"] }),
      plan("250k emails", 60, { features: ["250,000 emails / month", "Dedicated IP"] }),
      plan("1M emails", 190, { features: ["1,000,000 emails / month", "2 dedicated IPs"] }),
    ],
  },
]

/** The demo's region restriction: GPU instances are not sold in India. */
export const RESTRICTIONS = [{ region: "India", product_handle: "gpu-cloud-instance" }]
