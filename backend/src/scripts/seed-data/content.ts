/**
 * The public site's own text: blog posts, resources and the company and legal
 * pages. Everything here describes CloudServices as it works (the seeded
 * catalog, regions, payment methods, renewals and support of the help center):
 * no feature is promised that the product does not have.
 */
import type { BlogPostInput, ContentPageInput, ResourceInput } from "../../workflows/content"

type Seeded<T> = T & { handle: string }

/** "Last updated" of every seeded page; the Terms' date is the version checkouts accept. */
const PAGES_UPDATED_AT = "2026-12-01T00:00:00.000Z"

export const BLOG_POSTS: Seeded<BlogPostInput>[] = [
  {
    handle: "managed-postgresql-17-with-automatic-failover",
    title: "Managed PostgreSQL 17, with automatic failover",
    author: "The CloudServices team",
    tags: ["databases", "postgresql", "product"],
    published_at: "2026-10-14T09:00:00.000Z",
    excerpt: "Run PostgreSQL 17 without running the server: daily backups, point-in-time recovery and standby nodes that take over on their own.",
    body: `**Managed PostgreSQL** runs PostgreSQL 17 for you in the data center you choose: we install it, patch it, back it up and watch it, and you get a connection string.

## Three plans
| Plan | vCPU | Memory | Storage | Included |
|---|---|---|---|---|
| Hobby | 1 | 1 GB | 10 GB | Daily backups, kept 7 days |
| Business | 2 | 4 GB | 60 GB | Point-in-time recovery, a standby node |
| Premium HA | 4 | 16 GB | 270 GB | Two standby nodes, read replicas, 30 days of point-in-time recovery |

Prices start at $15 a month (or the same in EUR, GBP or INR in your region), and like every plan they cost less on a quarterly or yearly term.

## What "automatic failover" means
On Business and Premium HA, a standby node keeps a live copy of your database. If the primary stops answering, the standby is promoted and your connection string points at it — no ticket, no waiting for us.

## Where it runs
Ashburn, Toronto, Frankfurt, Amsterdam, London or Mumbai: pick the data center when you buy. Backups are kept in a second data center **in the same region**, so your data does not leave it.

Find it under **Databases** in the catalog, next to Managed MySQL and Managed Redis.`,
  },
  {
    handle: "monthly-quarterly-or-yearly",
    title: "Monthly, quarterly or yearly: choosing a billing term",
    author: "The CloudServices team",
    tags: ["billing", "renewals"],
    published_at: "2026-11-04T09:00:00.000Z",
    excerpt: "Every plan is sold for a term you pay up front. Longer terms cost less; reminders and auto-renew keep a service from lapsing.",
    body: `Every CloudServices plan is a **subscription** for a billing term that you pay up front, in your region's currency (USD, EUR, GBP or INR).

## Longer terms cost less
- **Monthly**: the list price.
- **Quarterly**: three months for **5% less** than three monthly terms.
- **Yearly**: twelve months for **15% less** than twelve monthly terms.

You choose the term on the product page, and you can pick another one each time you renew.

## Renewals without surprises
We email you **7 days, 3 days and 1 day** before a service expires. Renew from **Account → Subscriptions**: the new term starts where the current one ends, so renewing early never costs you days.

Turn on **auto-renew** and we renew the day before expiry with your saved payment method; if that payment fails, we email you and try again.

## If a term runs out
The service keeps running through a short grace period, then it is **suspended** — it stops, but your data is kept. Paying the renewal brings it back automatically.

## How you can pay
Cards, PayPal and — in India — Razorpay, depending on your region, or bank transfer where it is offered: the order is placed unpaid and the service starts when the transfer arrives.`,
  },
  {
    handle: "first-ten-minutes-on-a-new-cloud-vps",
    title: "The first ten minutes on a new Cloud VPS",
    author: "The CloudServices team",
    tags: ["vps", "security", "how-to"],
    published_at: "2026-11-18T09:00:00.000Z",
    excerpt: "Five things worth doing before your new server does anything else: keys, updates, a firewall, a snapshot and backups.",
    body: `A new **Cloud VPS** is running within a minute of payment, with Ubuntu, Debian, Rocky Linux or AlmaLinux and root access. Before you deploy anything, spend ten minutes on this list.

## 1. Sign in with a key, not a password
Add your public SSH key when you order (or afterwards, see [Add SSH keys to your server](/help/add-ssh-keys-to-your-server)), then turn off password sign-in in \`/etc/ssh/sshd_config\`:

\`\`\`
PasswordAuthentication no
\`\`\`

Your root password stays available in **Account → Subscriptions**, behind your account password, if you ever need the console.

## 2. Install the updates
\`\`\`
apt update && apt upgrade -y      # Ubuntu, Debian
dnf upgrade -y                    # Rocky Linux, AlmaLinux
\`\`\`

## 3. Close every port you do not use
Allow SSH and the ports your application serves, nothing else. [Configure your server's firewall](/help/configure-your-server-firewall) shows how with \`ufw\` and \`firewalld\`.

## 4. Take a snapshot
A snapshot is a copy of the whole disk, taken when you ask. One now gives you a clean starting point to go back to.

## 5. Add backups
Snapshots are not backups. **Automated Backups** copies the server every day to a second data center in the same region.

Questions? Our [help center](/help) has step-by-step articles, and support answers tickets around the clock.`,
  },
  {
    handle: "two-step-sign-in-for-every-account",
    title: "Two-step sign-in: an app, an email code or a text",
    author: "The CloudServices team",
    tags: ["security", "account"],
    published_at: "2026-11-26T09:00:00.000Z",
    excerpt: "A leaked password should not be enough to open your account. Turn on a second step in Account → Security.",
    body: `Your CloudServices account holds your servers' root passwords, your orders and your payment methods. A password alone is a thin lock for that.

## Pick a second step
In **Account → Security** you can turn on:

- an **authenticator app** (TOTP: Google Authenticator, 1Password, Authy and others) — the strongest option,
- a one-time **code by email**,
- a one-time **code by SMS** to your verified phone number.

## Keep your recovery codes
You get **10 recovery codes** when you turn it on. Each works once, in place of a code, if you lose your phone. Keep them somewhere other than that phone.

## What else protects your account
- Passwords need at least **10 characters** and cannot be a common password.
- After repeated wrong passwords, sign-in pauses for a while, for everyone trying that email.
- Every sign-in, password change and security change is listed in **Account → Security**, and we email you about the important ones.

We will never ask for your password, a sign-in code or a recovery code — not by email, not in chat, not on the phone.`,
  },
]

export const RESOURCES: Seeded<ResourceInput>[] = [
  {
    handle: "new-server-security-checklist",
    title: "New server security checklist",
    kind: "guide",
    rank: 10,
    description: "A one-page checklist for every new Cloud VPS, Dedicated Server or GPU instance.",
    body: `Tick these off before a new server goes into service.

- [ ] Your SSH public key is on the server and you can sign in with it
- [ ] Password sign-in over SSH is off (\`PasswordAuthentication no\`)
- [ ] The operating system is up to date (\`apt upgrade\` / \`dnf upgrade\`)
- [ ] The firewall allows SSH and your application's ports, nothing else
- [ ] A snapshot of the clean server exists
- [ ] **Automated Backups** is on for anything you cannot rebuild
- [ ] Two-step sign-in is on for your CloudServices account
- [ ] The server's hostname points at its IPv4 and IPv6 addresses in **Managed DNS** (if it serves a domain)

Stuck on a step? Open a ticket with your shopper ID (CS-XXXXXX) and the server's hostname.`,
  },
  {
    handle: "choosing-a-data-center",
    title: "Choosing a data center",
    kind: "guide",
    rank: 20,
    description: "Where our six data centers are, and how to pick the right one for your users and your data.",
    body: `CloudServices runs servers, databases and storage in six data centers:

| Region | Data centers |
|---|---|
| North America | Ashburn (US), Toronto (CA) |
| Europe | Frankfurt (DE), Amsterdam (NL) |
| United Kingdom | London (GB) |
| India | Mumbai (IN) |

## Pick the one closest to your users
Every hop adds latency. A site whose visitors are mostly in Germany belongs in Frankfurt or Amsterdam.

## Keep data where it must stay
Your data stays in the data center you choose, and backups stay in a second data center in the same region. Customers in the EU and UK can keep everything in European or UK data centers.

## Put related services together
A server and the database it uses should share a data center: traffic between them stays short and fast.`,
  },
  {
    handle: "ubuntu-server-documentation",
    title: "Ubuntu Server documentation",
    kind: "link",
    rank: 30,
    url: "https://ubuntu.com/server/docs",
    description: "Canonical's guides for the most popular image on our servers: networking, packages, security.",
  },
  {
    handle: "postgresql-17-documentation",
    title: "PostgreSQL 17 documentation",
    kind: "link",
    rank: 40,
    url: "https://www.postgresql.org/docs/17/",
    description: "The reference for the PostgreSQL version Managed PostgreSQL runs.",
  },
  {
    handle: "standard-webhooks-specification",
    title: "Standard Webhooks specification",
    kind: "link",
    rank: 50,
    url: "https://www.standardwebhooks.com/",
    description: "How our outgoing webhooks are signed, and how to verify them in your integration.",
  },
]

export const PAGES: Seeded<ContentPageInput>[] = [
  {
    handle: "about",
    title: "About CloudServices",
    content_updated_at: PAGES_UPDATED_AT,
    body: `CloudServices sells the building blocks of an online business — servers, databases, storage, networking, security and email — as plans you can order in minutes and pay for by the month, quarter or year.

## What we offer
- **Compute**: Cloud VPS, CPU-Optimized VPS, Dedicated Servers and GPU Cloud Instances.
- **Databases**: Managed PostgreSQL, MySQL and Redis, with backups included.
- **Storage**: S3-compatible Object Storage, Block Storage Volumes and Automated Backups.
- **Networking**: Domain Registration, Managed DNS, a global CDN and Load Balancers.
- **Security**: SSL certificates, DDoS protection, a Web Application Firewall and a VPN Gateway.
- **Email**: Business mailboxes and Transactional Email.

## Where we run
Six data centers in four selling regions: Ashburn and Toronto (North America), Frankfurt and Amsterdam (Europe), London (United Kingdom) and Mumbai (India). You pay in your region's currency — USD, EUR, GBP or INR — with your country's tax shown at checkout.

## How we work
- **Clear prices**: the price of a plan is on its page; longer terms cost less.
- **No surprises**: we remind you before a service expires, and a lapsed service is suspended, not deleted.
- **People who answer**: tickets are answered around the clock, live chat on weekdays from 08:00 to 20:00 UTC.

Questions before you buy? [Contact us](/contact).`,
  },
  {
    handle: "terms",
    title: "Terms of Service",
    content_updated_at: PAGES_UPDATED_AT,
    body: `These terms are the agreement between you and CloudServices for every service you order on this site. By placing an order you accept them; checkout asks you to confirm that you do.

## 1. Your account
- You need an account with a verified email address to order plans. Keep your password (at least 10 characters) to yourself and turn on two-step sign-in.
- You are responsible for what is done with your account and your services.
- We may suspend an account that breaks these terms or the [Acceptable Use Policy](/acceptable-use).

## 2. Orders and prices
- Each service is a subscription for the plan and billing term you choose: monthly, quarterly or yearly.
- You pay for the whole term up front, in your region's currency. Tax for your country is shown at checkout and on your order.
- Prices are those shown when you order. A renewal is charged at the price of the plan and term at renewal time.
- Orders paid by bank transfer are placed unpaid: the service starts when the payment arrives, and an order not paid by its due date is cancelled.

## 3. Renewal, suspension and expiry
- We email you 7, 3 and 1 day before a service expires. With auto-renew on, we renew the day before expiry with your saved payment method.
- A service that is not renewed keeps running for a short grace period, then it is **suspended**: it stops, and its data is kept. Renewing brings it back.
- A service suspended for 30 days without renewal **expires**; its data may then be deleted.

## 4. Cancellation and refunds
- You can cancel a subscription at any time in **Account → Subscriptions**; it ends with its current term.
- New services can be refunded in full within 14 days of the order. Mistaken or duplicate charges are always refunded. Domain registrations cannot be refunded.
- Refunds go back to the payment method you used.

## 5. Your data
Your data stays in the data center you choose. Back up anything you cannot afford to lose: unless you ordered Automated Backups or a plan that includes them, we keep no copy of it. How we handle personal data is set out in the [Privacy Policy](/privacy).

## 6. Availability
Our uptime commitments and what you receive when we miss them are in the [Service Level Agreement](/sla). Planned maintenance is announced in advance.

## 7. Liability
We are not liable for indirect loss, lost profits or lost data. Our total liability for a service in any 12 months is limited to what you paid for that service in those 12 months. Nothing in these terms limits liability that cannot be limited by law.

## 8. Changes
We may change these terms. The date at the top shows the version in force; orders are governed by the version you accepted at checkout.

## 9. Law
These terms are governed by the laws of Ireland, without taking away the protection that the law of your country of residence gives you as a consumer.`,
  },
  {
    handle: "privacy",
    title: "Privacy Policy",
    content_updated_at: PAGES_UPDATED_AT,
    body: `This policy explains which personal data CloudServices keeps, why, and what you can ask of us.

## What we keep
- **Account**: your name, email address, phone number (if you add one), shopper ID, addresses and account settings.
- **Orders and subscriptions**: what you bought, prices, taxes, invoices and payment status.
- **Payments**: card, PayPal and Razorpay payments are handled by those payment providers; we receive a reference and the result, never your full card number.
- **Support**: your tickets, chats and the files you attach.
- **Security**: sign-ins, password and two-step changes, with the IP address and browser they came from.
- **Messages**: a log of the emails and text messages we send you.

## Why
To provide the services you order, bill for them, keep your account secure, answer your questions and meet our legal duties (for example keeping invoices for tax purposes).

## Who else sees it
- The payment provider you pay with, to take the payment.
- Our email and SMS providers, to deliver the messages we send you.
- If our support assistant uses an external AI service, the question you type is sent to it to produce an answer.
- Our support staff. When they need to see your account as you see it, they open it read-only, for a limited time, and record why.

We do not sell personal data.

## Where it is stored
The data on your services stays in the data center you chose. Backups stay in a second data center in the same region.

## How long
For as long as you have an account. When you delete your account, your name, email, phone and addresses are anonymised; orders and invoices are kept for as long as accounting law requires.

## Your rights
You can see and correct your details in your account, delete your account in **Account → Security**, and ask us for a copy of your data or object to how we use it. Write to us through the [contact page](/contact).`,
  },
  {
    handle: "acceptable-use",
    title: "Acceptable Use Policy",
    content_updated_at: PAGES_UPDATED_AT,
    body: `CloudServices' network and servers are shared with other customers. This policy lists what you may not do with them; it is part of the [Terms of Service](/terms).

## Not allowed
- Anything illegal where you or your users are, or in the country of the data center.
- Sending spam: unsolicited bulk email, or email to lists whose members did not ask for it — through Transactional Email, Business Email or your own mail server.
- Malware, phishing pages, and hosting or distributing stolen data or credentials.
- Attacking, scanning or probing systems you do not own or have permission to test, including denial-of-service attacks.
- Interfering with our infrastructure or other customers' services, or getting around the limits of your plan.
- Content that infringes other people's copyright or trademarks.
- Content that sexually exploits children, or promotes violence against people.

## Your users
You are responsible for what the users of your services do with them. Keep your software up to date: a compromised server that attacks others is treated as if you ran the attack.

## What we do
When we learn of a breach of this policy we may ask you to fix it, or **suspend** the service concerned straight away when it harms others. We tell you what we found and why. Repeated or serious breaches end the subscription without a refund.

## Reporting abuse
Report abuse coming from our network through the [contact page](/contact), with the IP addresses, times (with time zone) and evidence.`,
  },
  {
    handle: "sla",
    title: "Service Level Agreement",
    content_updated_at: PAGES_UPDATED_AT,
    body: `This agreement sets out the availability we commit to, and what you receive if we fall short.

## Uptime commitments
| Service | Monthly uptime |
|---|---|
| Cloud VPS | 99.95% |
| Managed DNS | 100% |

Uptime is measured per calendar month, from our monitoring, for the service as a whole (the server answering on its network, the DNS answering queries).

## Not counted as downtime
- Maintenance announced at least 48 hours in advance.
- Problems caused by your software, your configuration or your use of the service, including suspensions under the [Acceptable Use Policy](/acceptable-use).
- A service suspended because its term ran out.
- Events outside our reasonable control.

## Service credits
When we miss a commitment, you receive extra days on the affected subscription:

| Uptime in the month | Credit |
|---|---|
| Below the commitment | 3 days |
| Below 99.0% | 7 days |
| Below 95.0% | 15 days |

Credits are added to the subscription's expiry date; they are not paid out in money.

## How to claim
Open a support ticket within 30 days of the end of the month, with the subscription number and the times the service was unavailable. We answer every claim.

## Support response
| Priority | First answer within |
|---|---|
| Urgent (service down) | 1 hour |
| High | 4 hours |
| Normal | 1 working day |

Tickets are answered 24/7; live chat is open Monday to Friday, 08:00–20:00 UTC.`,
  },
]
