/**
 * Help-center articles and FAQs the demo store starts with. Written for
 * CloudServices as it works: 7/3/1-day expiry reminders, a grace period then
 * suspension, renewals from Account → Subscriptions, TOTP/email/SMS two-step
 * sign-in with recovery codes, and the shopper ID (CS-XXXXXX) support asks for.
 */

export type SeedHelpArticle = {
  handle: string
  title: string
  category: string
  tags: string[]
  excerpt: string
  body: string
}

export type SeedFaq = {
  question: string
  answer: string
  category: string
  rank: number
}

export const HELP_CATEGORIES: Record<string, string> = {
  billing: "Billing & renewals",
  account: "Account & sign-in",
  security: "Security",
  servers: "Servers",
  networking: "Networking & DNS",
  storage: "Backups & storage",
  support: "Getting help",
}

export const HELP_ARTICLES: SeedHelpArticle[] = [
  {
    handle: "how-billing-and-invoices-work",
    title: "How billing and invoices work",
    category: "billing",
    tags: ["billing", "invoice", "payment", "tax"],
    excerpt: "What you pay for, when you pay, and where to find every order and invoice.",
    body: `Every CloudServices plan is a **subscription** bought for a billing term: monthly, quarterly or yearly. You pay for the whole term up front, in your region's currency (USD, EUR, GBP or INR), and the service runs until the term ends.

## What an order contains
- One line per service and plan, e.g. *Cloud VPS — Standard / Monthly*.
- Tax for your country, shown separately at checkout.
- The period the payment covers.

## Where to find your orders
Go to **Account → Orders**. Each order shows what you bought, what you paid and its status. Open an order to see its lines and totals; keep it for your records or your accountant.

## Longer terms cost less
A yearly term costs less than twelve monthly ones, and a quarterly term less than three. You can switch terms when you renew.

## Questions about a charge?
Contact support with your **shopper ID** (CS-XXXXXX, on **Account → Security**) and the order number.`,
  },
  {
    handle: "renewals-and-auto-renew",
    title: "Renewals and auto-renew",
    category: "billing",
    tags: ["renewal", "auto-renew", "subscription", "expiry", "reminder"],
    excerpt: "How to renew a service before it expires, and how auto-renew does it for you.",
    body: `Every service runs until the end of its term. You decide whether it continues.

## Expiry reminders
We email you **7 days, 3 days and 1 day** before a service expires, so a renewal is never a surprise.

## Renew by hand
1. Go to **Account → Subscriptions**.
2. Open the service and choose **Renew**.
3. Pay for one more term at checkout.

The new term starts where the current one ends (or today, if it has already expired), so renewing early never costs you days.

## Auto-renew
Turn on **Auto-renew** on the subscription's page and we renew it the day before it expires with your saved payment method. If that payment fails, we email you and try again on the next run; you can always renew by hand in the meantime.

## Stop a service
Choose **Cancel** on the subscription: it keeps running until the end of the term you paid for, then stops. Auto-renew is turned off at the same time.`,
  },
  {
    handle: "suspended-service-after-non-payment",
    title: "My service was suspended after it expired: how do I restore it?",
    category: "billing",
    tags: ["suspension", "suspended", "non-payment", "expired", "restore", "grace period"],
    excerpt: "What the grace period is, what suspension means, and how renewing brings a service back.",
    body: `When a service reaches its expiry date without being renewed, it does **not** stop straight away.

## The timeline
1. **Expiry day** — the term you paid for ends.
2. **Grace period** — the service keeps running for a few days (3 by default) while you renew.
3. **Suspension** — after the grace period the service is suspended: it stops serving traffic, but **your data is kept**. We email you when this happens.
4. **Expiry** — a service suspended for 30 days without renewal is marked expired. Contact support quickly if you still need its data.

## Restore a suspended service
1. Go to **Account → Subscriptions** and open the suspended service.
2. Choose **Renew** and pay for a new term.
3. As soon as the renewal order is paid, the service is **unsuspended** automatically.

Nothing else is needed. If it is still suspended a few minutes after paying, contact support with your shopper ID (CS-XXXXXX).

## Avoid it next time
Turn on **Auto-renew**, and keep an eye on the 7, 3 and 1-day reminder emails.`,
  },
  {
    handle: "refund-policy",
    title: "Refunds: when and how you get your money back",
    category: "billing",
    tags: ["refund", "money back", "cancel", "billing"],
    excerpt: "Which payments can be refunded, how long it takes, and how to ask.",
    body: `## When we refund
- **New services**: ask within **14 days** of the order and we refund it in full, no questions asked.
- **Duplicate or mistaken charges**: always refunded.
- **Renewals**: a renewal can be refunded within 14 days if you have not used the new term.
- **Domain registrations** are paid to the registry straight away and cannot be refunded.

## How to ask
Contact support with your shopper ID (CS-XXXXXX) and the order number. Tell us which service, and why — it helps us improve.

## How long it takes
We refund to the payment method you used. You get an email when the refund is issued; your bank usually shows it within **5–10 working days**.

Cancelling a subscription (Account → Subscriptions → Cancel) stops it at the end of the term but does not by itself refund the current term.`,
  },
  {
    handle: "upgrade-or-change-your-plan",
    title: "Upgrade or change your plan",
    category: "billing",
    tags: ["upgrade", "downgrade", "plan", "resize"],
    excerpt: "Move to a bigger (or smaller) plan without losing your data.",
    body: `Each service comes in plans — for example **Starter**, **Standard** and **Pro** for Cloud VPS — with more CPU, memory and storage as you go up.

## To upgrade
1. Open the product page and pick the new plan and billing term.
2. Add it to your cart and check out.
3. Contact support with your shopper ID and both subscription numbers: we move your data to the new plan and cancel the old subscription at the end of its term.

## Downgrading
A smaller plan must have room for your data. Free up disk space first; support checks before moving you.

## Tips
- Upgrade before a busy period, not during it.
- Yearly terms are cheaper than monthly ones over a year.`,
  },
  {
    handle: "reset-your-password",
    title: "Reset your password",
    category: "account",
    tags: ["password", "reset", "forgot", "sign in", "login"],
    excerpt: "Forgot your password? Get a reset link by email in a minute.",
    body: `1. On the sign-in page choose **Forgot password?**
2. Enter the email address of your account.
3. Open the email we send and follow the link. It works **once** and expires after a short time.
4. Choose a new password of at least 10 characters.

For your safety, we say the same thing whether or not an account exists for the address, and all your other sessions are signed out once the password changes.

## No email arrived?
- Check your spam folder.
- Make sure you typed the address you signed up with.
- Wait a minute before asking again: reset requests are rate-limited.

If two-step sign-in is on, you will still be asked for your second step after resetting.`,
  },
  {
    handle: "find-your-shopper-id",
    title: "Find your shopper ID",
    category: "account",
    tags: ["shopper id", "customer number", "account", "support"],
    excerpt: "Your shopper ID (CS-XXXXXX) identifies your account to support.",
    body: `Your **shopper ID** looks like \`CS-123456\`. It identifies your account without sharing your email or password.

## Where to find it
Go to **Account → Security**. It is shown at the top, under *Your account*.

## When to use it
Quote it whenever you contact support — by ticket, chat or email — so we can find your account quickly. Support will **never** ask for your password or a sign-in code.`,
  },
  {
    handle: "verify-your-email-address",
    title: "Verify your email address",
    category: "account",
    tags: ["verify", "email", "code", "register"],
    excerpt: "Why we ask you to confirm your email, and what to do if the code expired.",
    body: `When you create an account we email you a **6-digit code**. Enter it on the verification page to confirm the address is yours; you cannot sign in with a password until you do.

## The code expired or never came
- Ask for a new code on the verification page. Only the newest code works.
- Check your spam folder and that the address is spelled correctly.

Verified email addresses are where we send expiry reminders, suspension notices and invoices, so keep yours up to date under **Account → Profile**.`,
  },
  {
    handle: "two-factor-authentication",
    title: "Turn on two-step sign-in (2FA)",
    category: "security",
    tags: ["2fa", "two-factor", "totp", "authenticator", "sms", "mfa"],
    excerpt: "Protect your account with an authenticator app, email codes or SMS codes.",
    body: `Two-step sign-in asks for a second proof after your password, so a leaked password alone cannot open your account.

## Choose a method
Go to **Account → Security** and turn on one or more:

| Method | How it works |
|---|---|
| **Authenticator app (TOTP)** | Scan the QR code with Google Authenticator, 1Password, Authy or similar and enter the 6-digit code it shows. The strongest option. |
| **Email code** | We email a one-time code each time you sign in. |
| **SMS code** | We text a code to your verified phone number. |

## Save your recovery codes
When you turn on two-step sign-in you get **10 recovery codes**. Each works once, instead of a second-step code. Print them or keep them in a password manager — **not** on the same phone as your authenticator.

## Turning it off
You need to confirm with one of your current methods (or a recovery code) to turn a method off.`,
  },
  {
    handle: "lost-phone-recovery-codes",
    title: "Lost your phone? Sign in with a recovery code",
    category: "security",
    tags: ["recovery codes", "2fa", "lost phone", "locked out", "totp"],
    excerpt: "How to get back into your account when your authenticator is gone.",
    body: `1. Sign in with your email and password.
2. On the second-step page choose **Use a recovery code**.
3. Enter one of the recovery codes you saved when you turned on two-step sign-in. Each code works **once**.

Once in, go to **Account → Security**, remove the lost authenticator and set up the new phone. Generate new recovery codes if you are running low — the page shows how many remain.

## No recovery codes either?
If you also turned on **email codes**, choose that method instead. Otherwise contact support with your shopper ID (CS-XXXXXX): we verify that the account is yours before resetting two-step sign-in, which takes longer on purpose.`,
  },
  {
    handle: "add-ssh-keys-to-your-server",
    title: "Add SSH keys to your server",
    category: "servers",
    tags: ["ssh", "ssh keys", "vps", "linux", "login"],
    excerpt: "Create an SSH key pair and use it to log in to your Cloud VPS without a password.",
    body: `SSH keys are safer than passwords: there is nothing to guess, and the private key never leaves your computer.

## 1. Create a key pair
On macOS, Linux or Windows (PowerShell):

\`\`\`bash
ssh-keygen -t ed25519 -C "you@example.com"
\`\`\`

Press Enter to accept the default path and choose a passphrase. This creates \`~/.ssh/id_ed25519\` (private — keep it secret) and \`~/.ssh/id_ed25519.pub\` (public).

## 2. Put the public key on the server
\`\`\`bash
ssh-copy-id root@YOUR_SERVER_IP
\`\`\`

Or paste the contents of \`id_ed25519.pub\` into \`~/.ssh/authorized_keys\` on the server.

## 3. Log in
\`\`\`bash
ssh root@YOUR_SERVER_IP
\`\`\`

## 4. Turn off password logins (recommended)
In \`/etc/ssh/sshd_config\` set \`PasswordAuthentication no\`, then run \`systemctl restart ssh\`. Keep your current session open until you have checked that a new one works.`,
  },
  {
    handle: "configure-your-server-firewall",
    title: "Configure your server's firewall",
    category: "servers",
    tags: ["firewall", "ufw", "ports", "security", "vps"],
    excerpt: "Allow only the ports you need with ufw on Ubuntu and Debian.",
    body: `A new server accepts connections on every port a program listens on. A firewall closes the rest.

## Ubuntu and Debian (ufw)
\`\`\`bash
ufw default deny incoming
ufw default allow outgoing
ufw allow OpenSSH        # port 22 — do this first!
ufw allow 80,443/tcp     # a web server
ufw enable
ufw status verbose
\`\`\`

## Good habits
- Allow SSH **before** enabling the firewall, or you will lock yourself out.
- Open database ports (5432, 3306, 6379) only to the addresses that need them: \`ufw allow from 203.0.113.10 to any port 5432\`.
- Managed databases and DDoS protection have their own filters; you do not need to open ports for them on your server.

Locked out? Contact support with your shopper ID and the server's IP address.`,
  },
  {
    handle: "regions-and-data-location",
    title: "Regions and where your data is stored",
    category: "servers",
    tags: ["region", "data center", "location", "gdpr", "data residency"],
    excerpt: "Our data centers, and how the region you buy in decides prices and currency.",
    body: `## Data centers
Servers, databases and storage run in:

- **Ashburn, US** and **Toronto, CA** (North America)
- **Frankfurt, DE** and **Amsterdam, NL** (Europe)
- **London, GB** (United Kingdom)
- **Mumbai, IN** (India)

Your data stays in the data center you choose; we do not move it to another country. Backups are kept in a second data center **in the same region**.

## Selling regions
The country you shop from picks your selling region, which sets the **currency** (USD, EUR, GBP or INR), the tax and which services are available — a few services are not sold in every region.

## Data protection
Customers in the EU and UK can keep all data in European or UK data centers. Contact support for our data processing agreement.`,
  },
  {
    handle: "manage-dns-records",
    title: "Manage DNS records for your domain",
    category: "networking",
    tags: ["dns", "domain", "a record", "cname", "mx", "txt", "nameservers"],
    excerpt: "Point your domain at a server, set up email and verify ownership with DNS records.",
    body: `With **Managed DNS** you control your domain's records. The ones you'll use most:

| Type | Use it for | Example |
|---|---|---|
| **A** / **AAAA** | Point a name at a server's IPv4 / IPv6 address | \`www → 203.0.113.10\` |
| **CNAME** | Make one name an alias of another | \`shop → shops.example.net\` |
| **MX** | Say which servers receive your email | \`@ → 10 mx1.example.com\` |
| **TXT** | SPF, DKIM, DMARC and domain verification | \`@ → v=spf1 include:_spf.example.com ~all\` |

## Nameservers
For our DNS to answer for your domain, the domain must use our nameservers. Domains registered with CloudServices do this automatically; for a domain registered elsewhere, change the nameservers at that registrar.

## How long do changes take?
Changes are live on our nameservers within a minute, but other networks may cache the old answer for the record's **TTL** (often 1 hour). Lower the TTL a day before a planned move.`,
  },
  {
    handle: "backups-and-snapshots",
    title: "Backups and snapshots",
    category: "storage",
    tags: ["backup", "snapshot", "restore", "data"],
    excerpt: "The difference between backups and snapshots, and how to restore either.",
    body: `## Snapshots
A **snapshot** is a point-in-time copy of a server's disk, taken when you ask — for example just before an upgrade. Restoring one puts the whole disk back as it was. Snapshots are kept until you delete them.

## Automated Backups
The **Automated Backups** service copies your servers and databases every day to a **second data center in the same region**, and keeps each copy for the retention of your plan. Managed databases (PostgreSQL, MySQL) also get daily backups included.

## Restore
Contact support with your shopper ID, the service and the date you want back. We can restore over the existing server or to a new one so you can copy files across.

## Good practice
- Take a snapshot before every risky change.
- Test a restore now and then: a backup you have never restored is a hope, not a plan.
- Keep a copy of critical data outside CloudServices too.`,
  },
  {
    handle: "support-hours-and-contact",
    title: "Support hours and how to contact us",
    category: "support",
    tags: ["support", "contact", "hours", "ticket", "chat"],
    excerpt: "When support is available, how fast we answer, and what to include.",
    body: `## Hours
- **Tickets and email**: answered around the clock, 7 days a week.
- **Live chat**: Monday to Friday, 08:00–20:00 UTC.
- **Outages** (a service down for everyone): we work on them 24/7 and post updates.

## Response times
| Priority | First answer within |
|---|---|
| Urgent (service down) | 1 hour |
| High | 4 hours |
| Normal | 1 working day |

## What to include
- Your **shopper ID** (CS-XXXXXX, on Account → Security)
- The service and its subscription or order number
- What you expected, what happened, and when

We will **never** ask for your password, a sign-in code or a recovery code.`,
  },
  {
    handle: "getting-started-with-cloud-vps",
    title: "Getting started with your Cloud VPS",
    category: "servers",
    tags: ["vps", "getting started", "server", "ssh", "setup"],
    excerpt: "Your first ten minutes on a new server: log in, update, secure.",
    body: `After checkout your server is set up and we email you its IP address.

1. **Log in** over SSH: \`ssh root@YOUR_SERVER_IP\` (see *Add SSH keys to your server*).
2. **Update** the system: \`apt update && apt upgrade -y\`.
3. **Create a user** for daily work: \`adduser deploy && usermod -aG sudo deploy\`.
4. **Turn on the firewall** and allow only SSH, HTTP and HTTPS (see *Configure your server's firewall*).
5. **Take a snapshot** now you have a clean, secured starting point.

Your subscription — its plan, expiry date and auto-renew setting — is under **Account → Subscriptions**.`,
  },
]

export const HELP_FAQS: SeedFaq[] = [
  {
    question: "When will my service expire?",
    answer:
      "Each service's expiry date is on **Account → Subscriptions**. We also email you 7 days, 3 days and 1 day before it expires.",
    category: "billing",
    rank: 10,
  },
  {
    question: "What happens if I don't renew in time?",
    answer:
      "The service keeps running through a short grace period (3 days by default), then it is suspended: it stops, but your data is kept. Renew from **Account → Subscriptions** and it comes back as soon as the payment is through.",
    category: "billing",
    rank: 20,
  },
  {
    question: "Can I renew automatically?",
    answer:
      "Yes. Turn on **Auto-renew** on the subscription's page; we renew the day before expiry and email you if a payment fails.",
    category: "billing",
    rank: 30,
  },
  {
    question: "Which currencies can I pay in?",
    answer:
      "The currency follows your region: US dollars in North America, euros in Europe, pounds sterling in the United Kingdom and rupees in India.",
    category: "billing",
    rank: 40,
  },
  {
    question: "Can I get a refund?",
    answer:
      "New services can be refunded in full within 14 days of the order, and mistaken charges always are. Domain registrations cannot be refunded. See [Refunds](/help/refund-policy).",
    category: "billing",
    rank: 50,
  },
  {
    question: "Where do I find my shopper ID?",
    answer: "On **Account → Security**, under *Your account*. It looks like `CS-123456`; quote it when you contact support.",
    category: "account",
    rank: 60,
  },
  {
    question: "I forgot my password. What now?",
    answer:
      "Choose **Forgot password?** on the sign-in page and follow the link we email you. The link works once and expires after a short time.",
    category: "account",
    rank: 70,
  },
  {
    question: "Which two-step sign-in methods do you support?",
    answer:
      "An authenticator app (TOTP), email codes and SMS codes. Turning one on gives you 10 single-use recovery codes — keep them somewhere safe.",
    category: "security",
    rank: 80,
  },
  {
    question: "Where is my data stored?",
    answer:
      "In the data center you choose: Ashburn, Toronto, Frankfurt, Amsterdam, London or Mumbai. Backups stay in the same region.",
    category: "servers",
    rank: 90,
  },
  {
    question: "When is support available?",
    answer:
      "Tickets are answered 24/7; live chat is open Monday to Friday, 08:00–20:00 UTC. Urgent outages get a first answer within an hour.",
    category: "support",
    rank: 100,
  },
]
