import { button } from "./layout"
import { TICKET_REPLY_REFUSED } from "./ticket-reply-refused"

export type TemplateDefinition = {
  name: string
  channel: "email" | "sms"
  label: string
  description: string
  /** Handlebars sources; `html` is the body put into the branded layout. */
  subject?: string
  html?: string
  text: string
  /** Data used for previews in the admin. */
  sample: Record<string, unknown>
}

const ORDER_LINES = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:16px 0;">
{{#each order.items}}<tr><td style="padding:8px 0;border-bottom:1px solid #e2e8f0;">{{this.title}}<br><span style="color:#64748b;font-size:13px;">{{this.variant_title}} × {{this.quantity}}</span></td><td align="right" style="padding:8px 0;border-bottom:1px solid #e2e8f0;">{{money this.total ../order.currency_code}}</td></tr>{{/each}}
<tr><td style="padding:8px 0;color:#64748b;">Tax</td><td align="right" style="padding:8px 0;color:#64748b;">{{money order.tax_total order.currency_code}}</td></tr>
<tr><td style="padding:8px 0;font-weight:700;">Total</td><td align="right" style="padding:8px 0;font-weight:700;">{{money order.total order.currency_code}}</td></tr>
</table>`

const SAMPLE_CUSTOMER = { first_name: "Ada", last_name: "Lovelace", email: "ada@example.com" }
const SAMPLE_SUBSCRIPTION = {
  number: "SUB-10023",
  product_title: "Cloud VPS",
  plan: "Standard",
  expires_at: "2026-12-31",
}

/**
 * How to reach a running service: its addresses, name, place and image, and
 * the SSH command. Never the root password: the customer reveals it in their
 * account after re-entering their own password.
 */
const SERVICE_DETAILS = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:16px 0;">
{{#if service.ipv4}}<tr><td style="padding:6px 0;color:#64748b;">IPv4</td><td style="padding:6px 0;font-family:monospace;">{{service.ipv4}}</td></tr>{{/if}}
{{#if service.ipv6}}<tr><td style="padding:6px 0;color:#64748b;">IPv6</td><td style="padding:6px 0;font-family:monospace;">{{service.ipv6}}</td></tr>{{/if}}
{{#if service.hostname}}<tr><td style="padding:6px 0;color:#64748b;">Hostname</td><td style="padding:6px 0;font-family:monospace;">{{service.hostname}}</td></tr>{{/if}}
{{#if service.location}}<tr><td style="padding:6px 0;color:#64748b;">Data center</td><td style="padding:6px 0;">{{service.location}}</td></tr>{{/if}}
{{#if service.os}}<tr><td style="padding:6px 0;color:#64748b;">Operating system</td><td style="padding:6px 0;">{{service.os}}</td></tr>{{/if}}
</table>
{{#if service.ssh_command}}<p>Connect with SSH:</p><p style="font-family:monospace;background:#f1f5f9;border-radius:6px;padding:10px 12px;">{{service.ssh_command}}</p>{{/if}}
<p style="color:#64748b;font-size:13px;">For your security the root password is never sent by email: show it in your account (you re-enter your account password), or sign in with the SSH key you gave us.</p>`

const SERVICE_DETAILS_TEXT = `{{#if service.ipv4}}IPv4: {{service.ipv4}}\n{{/if}}{{#if service.ipv6}}IPv6: {{service.ipv6}}\n{{/if}}{{#if service.hostname}}Hostname: {{service.hostname}}\n{{/if}}{{#if service.location}}Data center: {{service.location}}\n{{/if}}{{#if service.os}}Operating system: {{service.os}}\n{{/if}}{{#if service.ssh_command}}Connect: {{service.ssh_command}}\n{{/if}}The root password is never sent by email: show it in your account ({{brand.storefront_url}}/account/subscriptions).`

const SAMPLE_SERVICE = {
  ipv4: "198.51.100.23",
  ipv6: "2001:db8:10::c633:6417",
  hostname: "web-01",
  location: "Frankfurt, DE",
  os: "Ubuntu 24.04 LTS",
  ssh_command: "ssh root@198.51.100.23",
}

export const TEMPLATES: TemplateDefinition[] = [
  {
    name: "welcome",
    channel: "email",
    label: "Welcome",
    description: "Sent when a customer account is created.",
    subject: "Welcome to {{brand.name}}",
    html: `<h1 style="font-size:22px;margin:0 0 16px;">Welcome, {{customer.first_name}}!</h1>
<p>Your {{brand.name}} account is ready. Browse plans in your region and deploy in minutes.</p>
${button("{{brand.storefront_url}}", "Browse plans")}`,
    text: `Welcome, {{customer.first_name}}!\n\nYour {{brand.name}} account is ready. Browse plans in your region: {{brand.storefront_url}}`,
    sample: { customer: SAMPLE_CUSTOMER, shopper_id: "CS-7Q2K9M" },
  },
  {
    name: "verification_code",
    channel: "email",
    label: "Verification code",
    description: "A one-time code to verify an email address or sign in.",
    subject: "Your {{brand.name}} code: {{code}}",
    html: `<p>Your verification code is</p><p style="font-size:32px;font-weight:700;letter-spacing:6px;margin:16px 0;">{{code}}</p><p>It expires in {{expires_in_minutes}} minutes. If you did not ask for it, ignore this email.</p>`,
    text: `Your verification code is {{code}}. It expires in {{expires_in_minutes}} minutes.`,
    sample: { code: "482913", expires_in_minutes: 10 },
  },
  {
    name: "verification_code_sms",
    channel: "sms",
    label: "Verification code (SMS)",
    description: "A one-time code by SMS.",
    text: `{{brand.name}}: your code is {{code}} ({{expires_in_minutes}} min).{{#if shopper_id}} ID {{shopper_id}}{{/if}}`,
    sample: { code: "482913", expires_in_minutes: 10, shopper_id: "CS-7Q2K9M" },
  },
  {
    name: "account_exists",
    channel: "email",
    label: "Account already exists",
    description: "Someone tried to register with an email that already has an account.",
    subject: "You already have a {{brand.name}} account",
    html: `<p>Someone (maybe you) tried to create a {{brand.name}} account with this email address, but it already has one.</p>${button("{{brand.storefront_url}}/account", "Sign in")}<p style="color:#64748b;font-size:13px;">Forgot your password? Use "Forgot password" on the sign-in page. If it wasn't you, ignore this email.</p>`,
    text: `Someone tried to create a {{brand.name}} account with this email, but it already has one. Sign in at {{brand.storefront_url}}/account or reset your password there. If it wasn't you, ignore this email.`,
    sample: {},
  },
  {
    name: "security_alert",
    channel: "email",
    label: "Security alert",
    description: "Sent whenever a password, second factor or recovery code set changes.",
    subject: "{{brand.name}} security: {{title}}",
    html: `<h1 style="font-size:20px;margin:0 0 12px;">{{title}}</h1><p>{{message}}</p><p style="color:#64748b;font-size:13px;">When: {{when}}{{#if ip}} · from {{ip}}{{/if}}</p><p>If this wasn't you, reset your password now and contact support.</p>${button("{{brand.storefront_url}}/account/security", "Review security settings")}`,
    text: `{{title}}\n\n{{message}}\nWhen: {{when}}{{#if ip}} from {{ip}}{{/if}}\n\nIf this wasn't you, reset your password now and contact support: {{brand.storefront_url}}/account/security`,
    sample: { title: "Two-step sign-in turned on", message: "An authenticator app now protects your account.", when: "2026-11-25 10:00 UTC", ip: "203.0.113.7" },
  },
  {
    name: "mfa_code",
    channel: "email",
    label: "Sign-in code",
    description: "One-time code for the second sign-in step or to set up email codes.",
    subject: "Your {{brand.name}} sign-in code: {{code}}",
    html: `<p>Your sign-in code is</p><p style="font-size:32px;font-weight:700;letter-spacing:6px;margin:16px 0;">{{code}}</p><p>It works once and expires in {{expires_in_minutes}} minutes. If you did not try to sign in, change your password.</p>`,
    text: `Your sign-in code is {{code}}. It works once and expires in {{expires_in_minutes}} minutes.`,
    sample: { code: "482913", expires_in_minutes: 10 },
  },
  {
    name: "mfa_code_sms",
    channel: "sms",
    label: "Sign-in code (SMS)",
    description: "One-time sign-in or phone verification code by SMS.",
    text: `{{brand.name}}: {{code}} is your {{purpose}} code ({{expires_in_minutes}} min). Never share it.`,
    sample: { code: "482913", expires_in_minutes: 10, purpose: "sign-in" },
  },
  {
    name: "account_suspended",
    channel: "email",
    label: "Account suspended",
    description: "The customer's account was suspended by an admin.",
    subject: "Your {{brand.name}} account is suspended",
    html: `<p>Your {{brand.name}} account has been suspended{{#if reason}}: {{reason}}{{/if}}.</p><p>You can't sign in or buy until it is reactivated. Reply to this email or contact support if you think this is a mistake.</p>`,
    text: `Your {{brand.name}} account has been suspended{{#if reason}}: {{reason}}{{/if}}. Contact support if you think this is a mistake.`,
    sample: { reason: "Unpaid invoices" },
  },
  {
    name: "account_deleted",
    channel: "email",
    label: "Account deleted",
    description: "Confirms the customer deleted their account.",
    subject: "Your {{brand.name}} account was deleted",
    html: `<p>Your {{brand.name}} account has been deleted and your personal data removed. Orders and invoices are kept as the law requires for accounting.</p><p>If this wasn't you, contact support immediately.</p>`,
    text: `Your {{brand.name}} account has been deleted and your personal data removed. Orders and invoices are kept for accounting. If this wasn't you, contact support immediately.`,
    sample: {},
  },
  {
    name: "password_reset",
    channel: "email",
    label: "Password reset",
    description: "Link to choose a new password (valid one hour).",
    subject: "Reset your {{brand.name}} password",
    html: `<p>Someone asked to reset the password of your {{brand.name}} account.</p>${button("{{reset_url}}", "Choose a new password")}<p style="color:#64748b;font-size:13px;">The link works once and expires in one hour. If it wasn't you, ignore this email: your password stays the same.</p>`,
    text: `Reset your password: {{reset_url}}\n\nThe link works once and expires in one hour. If it wasn't you, ignore this email.`,
    sample: { reset_url: "http://localhost:8000/us/account/reset-password?token=sample" },
  },
  {
    name: "order_confirmation",
    channel: "email",
    label: "Order confirmation",
    description: "Sent when an order is placed.",
    subject: "Order #{{order.display_id}} confirmed",
    html: `<h1 style="font-size:22px;margin:0 0 16px;">Thank you for your order</h1>
{{#if payment.pay_later}}<p>Hi {{customer.first_name}}, we received order <strong>#{{order.display_id}}</strong>.</p>
<div style="border:2px solid #b91c1c;border-radius:8px;padding:12px 16px;margin:16px 0;">
<p style="margin:0 0 8px;font-size:18px;font-weight:700;color:#b91c1c;">{{payment.status}}</p>
<p style="margin:0 0 8px;">Please pay <strong>{{money payment.amount order.currency_code}}</strong> by <strong>{{payment.due_date}}</strong>.</p>
<p style="margin:0;">{{payment.instructions}}</p>
</div>{{else}}<p>Hi {{customer.first_name}}, we received order <strong>#{{order.display_id}}</strong>. Your services are being provisioned.</p>{{/if}}
${ORDER_LINES}
{{#if invoice}}<p>Your invoice <strong>{{invoice.number}}</strong> is attached as a PDF; you can download it again from your account at any time.</p>{{/if}}
${button("{{brand.storefront_url}}/account/orders/{{order.id}}", "View order")}`,
    text: `Thank you for your order #{{order.display_id}}.{{#if payment.pay_later}}\n\n{{payment.status}}: please pay {{money payment.amount order.currency_code}} by {{payment.due_date}}.\n{{payment.instructions}}{{/if}}\n\n{{#each order.items}}- {{this.title}} ({{this.variant_title}}) × {{this.quantity}}: {{money this.total ../order.currency_code}}\n{{/each}}Tax: {{money order.tax_total order.currency_code}}\nTotal: {{money order.total order.currency_code}}{{#if invoice}}\n\nYour invoice {{invoice.number}} is attached as a PDF.{{/if}}`,
    sample: {
      customer: SAMPLE_CUSTOMER,
      shopper_id: "CS-7Q2K9M",
      order: {
        id: "order_sample",
        display_id: 1042,
        currency_code: "eur",
        items: [{ title: "Cloud VPS", variant_title: "Standard / Yearly", quantity: 1, total: 112.61 }],
        tax_total: 21.4,
        total: 134.01,
      },
      invoice: { number: "INV-2026-000123" },
      payment: {
        pay_later: true,
        status: "Awaiting payment",
        amount: 134.01,
        due_date: "8 March 2026",
        instructions: "Transfer the amount due to CloudServices Ltd, IBAN DE89 3704 0044 0532 0130 00, with your order number as the reference.",
      },
    },
  },
  {
    name: "subscription_activated",
    channel: "email",
    label: "Subscription activated",
    description: "A bought service is active.",
    subject: "{{subscription.product_title}} is active ({{subscription.number}})",
    html: `<p>Your <strong>{{subscription.product_title}} — {{subscription.plan}}</strong> is active.</p><p>Subscription {{subscription.number}} runs until <strong>{{date subscription.expires_at}}</strong>.</p>{{#if service}}${SERVICE_DETAILS}{{else}}<p>We are setting up your service now; as soon as it runs, a second email brings its address and how to connect.</p>{{/if}}`,
    text: `Your {{subscription.product_title}} ({{subscription.plan}}) is active. Subscription {{subscription.number}} runs until {{date subscription.expires_at}}.{{#if service}}\n\n${SERVICE_DETAILS_TEXT}{{else}} We are setting up your service now; a second email brings its address and how to connect.{{/if}}`,
    sample: { subscription: SAMPLE_SUBSCRIPTION, shopper_id: "CS-7Q2K9M" },
  },
  {
    name: "service_ready",
    channel: "email",
    label: "Service ready",
    description: "A bought service runs: its address and how to connect (never the password).",
    subject: "{{subscription.product_title}} is ready{{#if service.hostname}}: {{service.hostname}}{{/if}}",
    html: `<h1 style="font-size:22px;margin:0 0 16px;">Your {{subscription.product_title}} is ready</h1><p><strong>{{subscription.product_title}} — {{subscription.plan}}</strong> ({{subscription.number}}) is up and running.</p>${SERVICE_DETAILS}${button("{{brand.storefront_url}}/account/subscriptions", "Manage your service")}`,
    text: `Your {{subscription.product_title}} ({{subscription.plan}}, {{subscription.number}}) is up and running.\n\n${SERVICE_DETAILS_TEXT}`,
    sample: { subscription: SAMPLE_SUBSCRIPTION, service: SAMPLE_SERVICE, shopper_id: "CS-7Q2K9M" },
  },
  {
    name: "expiry_reminder",
    channel: "email",
    label: "Expiry reminder",
    description: "7, 3 and 1 days before a subscription expires.",
    subject: "{{subscription.product_title}} expires in {{days}} day{{#unless (eq days 1)}}s{{/unless}}",
    html: `<p>Your <strong>{{subscription.product_title}} — {{subscription.plan}}</strong> ({{subscription.number}}) expires on <strong>{{date subscription.expires_at}}</strong>.</p><p>Renew now to keep it running without interruption.</p>${button("{{brand.storefront_url}}/account/subscriptions", "Renew")}`,
    text: `{{subscription.product_title}} ({{subscription.number}}) expires on {{date subscription.expires_at}}. Renew: {{brand.storefront_url}}/account/subscriptions`,
    sample: { subscription: SAMPLE_SUBSCRIPTION, days: 7 },
  },
  {
    name: "expiry_reminder_sms",
    channel: "sms",
    label: "Expiry reminder (SMS)",
    description: "Short reminder by SMS.",
    text: `{{brand.name}}: {{subscription.product_title}} {{subscription.number}} expires in {{days}}d. Renew at {{brand.storefront_url}}{{#if shopper_id}} (ID {{shopper_id}}){{/if}}`,
    sample: { subscription: SAMPLE_SUBSCRIPTION, days: 3, shopper_id: "CS-7Q2K9M" },
  },
  {
    name: "subscription_suspended",
    channel: "email",
    label: "Subscription suspended",
    description: "A subscription lapsed or was suspended by an admin.",
    subject: "{{subscription.product_title}} is suspended",
    html: `<p>Your <strong>{{subscription.product_title}}</strong> ({{subscription.number}}) is suspended{{#if reason}}: {{reason}}{{/if}}.</p><p>Renew it to bring it back.</p>`,
    text: `{{subscription.product_title}} ({{subscription.number}}) is suspended{{#if reason}}: {{reason}}{{/if}}. Renew it to bring it back.`,
    sample: { subscription: SAMPLE_SUBSCRIPTION, reason: "not renewed in time" },
  },
  {
    name: "subscription_suspended_sms",
    channel: "sms",
    label: "Subscription suspended (SMS)",
    description: "Suspension notice by SMS.",
    text: `{{brand.name}}: {{subscription.product_title}} {{subscription.number}} is suspended. Renew at {{brand.storefront_url}}`,
    sample: { subscription: SAMPLE_SUBSCRIPTION },
  },
  {
    name: "subscription_renewed",
    channel: "email",
    label: "Subscription renewed",
    description: "A subscription was renewed.",
    subject: "{{subscription.product_title}} renewed until {{date subscription.expires_at}}",
    html: `<p>Your <strong>{{subscription.product_title}}</strong> ({{subscription.number}}) is renewed until <strong>{{date subscription.expires_at}}</strong>. Thank you!</p>`,
    text: `{{subscription.product_title}} ({{subscription.number}}) is renewed until {{date subscription.expires_at}}.`,
    sample: { subscription: SAMPLE_SUBSCRIPTION },
  },
  {
    name: "renewal_failed",
    channel: "email",
    label: "Renewal failed",
    description: "An automatic renewal could not be charged.",
    subject: "We could not renew {{subscription.product_title}}",
    html: `<p>We tried to renew <strong>{{subscription.product_title}}</strong> ({{subscription.number}}) but the payment did not go through{{#if reason}}: {{reason}}{{/if}}.</p><p>We will try again before it expires on <strong>{{date subscription.expires_at}}</strong>, or you can renew now.</p>${button("{{brand.storefront_url}}/account/subscriptions", "Renew now")}`,
    text: `We could not renew {{subscription.product_title}} ({{subscription.number}}){{#if reason}}: {{reason}}{{/if}}. We will retry before {{date subscription.expires_at}}; renew now at {{brand.storefront_url}}/account/subscriptions`,
    sample: { subscription: SAMPLE_SUBSCRIPTION, reason: "card declined" },
  },
  {
    name: "renewal_issued",
    channel: "email",
    label: "Renewal invoice",
    description: "Auto-renew without a saved card: the renewal order to pay.",
    subject: "Renewal of {{subscription.product_title}}: {{money order.total order.currency_code}} due {{date order.due_at}}",
    html: `<p>Your <strong>{{subscription.product_title}} — {{subscription.plan}}</strong> ({{subscription.number}}) renews on <strong>{{date subscription.expires_at}}</strong>. No card is saved for auto-renew, so we issued renewal order #{{order.display_id}} for you to pay.</p><p>Amount due: <strong>{{money order.total order.currency_code}}</strong>, by <strong>{{date order.due_at}}</strong>.</p><p>{{instructions}}</p><p>Your service continues for another term as soon as the payment arrives; unpaid, it is suspended after the grace period.</p>${button("{{brand.storefront_url}}/account/orders/{{order.id}}", "View and pay")}`,
    text: `{{subscription.product_title}} ({{subscription.number}}) renews on {{date subscription.expires_at}}. Renewal order #{{order.display_id}}: {{money order.total order.currency_code}} due by {{date order.due_at}}. {{instructions}} Pay: {{brand.storefront_url}}/account/orders/{{order.id}}`,
    sample: {
      subscription: SAMPLE_SUBSCRIPTION,
      order: { id: "order_01", display_id: 1042, total: 24.99, currency_code: "usd", due_at: "2026-12-31" },
      instructions: "Transfer the amount with your order number as the reference.",
    },
  },
  {
    name: "order_cancelled_unpaid",
    channel: "email",
    label: "Order cancelled (unpaid)",
    description: "A pay-later order was not paid by its due date.",
    subject: "Order #{{order.display_id}} cancelled: no payment received",
    html: `<p>We did not receive the payment for order #{{order.display_id}} ({{money order.total order.currency_code}}) by {{date order.due_at}}, so we cancelled it.</p>{{#if subscription}}<p>{{subscription.product_title}} — {{subscription.plan}} ({{subscription.number}}) {{#if renewal}}was not renewed by it{{else}}will not start{{/if}}.</p>{{/if}}<p>You can order again at any time.</p>${button("{{brand.storefront_url}}", "Browse plans")}`,
    text: `Order #{{order.display_id}} ({{money order.total order.currency_code}}) was not paid by {{date order.due_at}} and is cancelled.{{#if subscription}} {{subscription.product_title}} ({{subscription.number}}) {{#if renewal}}was not renewed by it{{else}}will not start{{/if}}.{{/if}}`,
    sample: {
      subscription: SAMPLE_SUBSCRIPTION,
      order: { id: "order_01", display_id: 1042, total: 24.99, currency_code: "usd", due_at: "2026-12-31" },
      renewal: false,
    },
  },
  {
    name: "plan_changed",
    channel: "email",
    label: "Plan changed",
    description: "A subscription switched to another plan.",
    subject: "{{subscription.product_title}} is now on {{subscription.plan}}",
    html: `<p>Your <strong>{{subscription.product_title}}</strong> ({{subscription.number}}) changed from {{from}} to <strong>{{subscription.plan}}</strong>. It runs until <strong>{{date subscription.expires_at}}</strong>.</p>`,
    text: `{{subscription.product_title}} ({{subscription.number}}) changed from {{from}} to {{subscription.plan}}; it runs until {{date subscription.expires_at}}.`,
    sample: { subscription: SAMPLE_SUBSCRIPTION, from: "Starter" },
  },
  {
    name: "plan_change_scheduled",
    channel: "email",
    label: "Plan change scheduled",
    description: "A downgrade takes effect at the next renewal (or was called off).",
    subject: "{{#if cancelled}}Plan change cancelled{{else}}{{subscription.product_title}} moves to {{to}} on {{date effective_at}}{{/if}}",
    html: `{{#if cancelled}}<p>The scheduled change of <strong>{{subscription.product_title}}</strong> ({{subscription.number}}) to {{to}} is cancelled: it stays on {{subscription.plan}}.</p>{{else}}<p><strong>{{subscription.product_title}}</strong> ({{subscription.number}}) moves from {{subscription.plan}} to <strong>{{to}}</strong> at its next renewal on <strong>{{date effective_at}}</strong>. Until then nothing changes; nothing is refunded.</p>{{/if}}${button("{{brand.storefront_url}}/account/subscriptions", "Manage")}`,
    text: `{{#if cancelled}}The change of {{subscription.product_title}} ({{subscription.number}}) to {{to}} is cancelled.{{else}}{{subscription.product_title}} ({{subscription.number}}) moves to {{to}} on {{date effective_at}}.{{/if}}`,
    sample: { subscription: SAMPLE_SUBSCRIPTION, to: "Starter", effective_at: "2026-12-31", cancelled: false },
  },
  {
    name: "refund",
    channel: "email",
    label: "Refund",
    description: "Money was refunded for an order.",
    subject: "Refund of {{money amount currency_code}} for order #{{order.display_id}}",
    html: `<p>We refunded <strong>{{money amount currency_code}}</strong> for order #{{order.display_id}}.</p><p>Depending on your bank it shows on your statement within 5–10 business days.</p>{{#if credit_note}}<p>Credit note <strong>{{credit_note.number}}</strong> for invoice {{credit_note.invoice_number}} is attached as a PDF.</p>{{/if}}`,
    text: `We refunded {{money amount currency_code}} for order #{{order.display_id}}. It shows on your statement within 5-10 business days.{{#if credit_note}}\n\nCredit note {{credit_note.number}} for invoice {{credit_note.invoice_number}} is attached as a PDF.{{/if}}`,
    sample: {
      amount: 25,
      currency_code: "usd",
      order: { display_id: 1042 },
      credit_note: { number: "CN-2026-000045", invoice_number: "INV-2026-000123" },
    },
  },
  {
    name: "payment_failed",
    channel: "email",
    label: "Payment failed or cancelled",
    description: "A payment gateway reported a declined, failed or cancelled checkout payment.",
    subject:
      "{{#if canceled}}Your payment of {{money amount currency_code}} was cancelled{{else}}Your payment of {{money amount currency_code}} did not go through{{/if}}",
    html: `<h1 style="font-size:22px;margin:0 0 16px;">{{#if canceled}}Your payment was cancelled{{else}}Your payment did not go through{{/if}}</h1>
<p>Your {{provider}} payment of <strong>{{money amount currency_code}}</strong> {{#if canceled}}was cancelled{{else}}failed{{/if}}, so no order was placed and nothing was charged.</p>
{{#if reason}}<p style="color:#64748b;">Reason given by the payment provider: {{reason}}</p>{{/if}}
<p>Your cart is still there: you can try again with another card or payment method.</p>
${button("{{brand.storefront_url}}/{{#if country_code}}{{country_code}}/{{/if}}checkout/failed", "Try again")}`,
    text: `{{#if canceled}}Your payment was cancelled{{else}}Your payment did not go through{{/if}}.\n\nYour {{provider}} payment of {{money amount currency_code}} {{#if canceled}}was cancelled{{else}}failed{{/if}}; no order was placed and nothing was charged.{{#if reason}}\nReason: {{reason}}{{/if}}\n\nTry again: {{brand.storefront_url}}/{{#if country_code}}{{country_code}}/{{/if}}checkout/failed`,
    // country_code: the cart's country (the storefront's pages live under /{country}/…); without it
    // the storefront middleware sends the shopper to their remembered or detected country
    sample: { action: "failed", canceled: false, amount: 49.9, currency_code: "usd", provider: "card", reason: "Your card was declined.", country_code: "us" },
  },
  {
    name: "ticket_update",
    channel: "email",
    label: "Support ticket update",
    description: "A support ticket was created, answered or changed status.",
    subject: "[{{ticket.number}}] {{ticket.subject}}",
    html: `<p>{{message}}</p>${button("{{brand.storefront_url}}/account/tickets/{{ticket.id}}", "Open the ticket")}`,
    text: `{{message}}\n\n{{brand.storefront_url}}/account/tickets/{{ticket.id}}`,
    sample: {
      ticket: { id: "tkt_sample", number: "TKT-100045", subject: "Cannot reach my VPS" },
      message: "Our team replied to your ticket.",
    },
  },
  {
    name: "ticket_created",
    channel: "email",
    label: "Support ticket received",
    description: "Confirms a new support ticket to the customer, with its number.",
    subject: "[{{ticket.number}}] We received your request: {{ticket.subject}}",
    html: `<p>Thanks for contacting {{brand.name}} support. Your ticket <strong>{{ticket.number}}</strong> is open and our team will reply soon.</p>
<p style="color:#64748b;">{{ticket.subject}}</p>
${button("{{brand.storefront_url}}/account/support/{{ticket.id}}", "View your ticket")}`,
    text: `Thanks for contacting {{brand.name}} support. Your ticket {{ticket.number}} ("{{ticket.subject}}") is open and our team will reply soon.\n\n{{brand.storefront_url}}/account/support/{{ticket.id}}`,
    sample: { ticket: { id: "tkt_sample", number: "TKT-100045", subject: "Cannot reach my VPS", status: "open" } },
  },
  {
    name: "ticket_replied",
    channel: "email",
    label: "Support ticket reply",
    description: "Our team replied to a customer's ticket.",
    subject: "[{{ticket.number}}] New reply: {{ticket.subject}}",
    html: `<p>Our support team replied to your ticket <strong>{{ticket.number}}</strong>:</p>
<blockquote style="margin:16px 0;padding:12px 16px;border-left:3px solid #e2e8f0;white-space:pre-wrap;">{{message.body}}</blockquote>
{{#if message.attachment_count}}<p style="color:#64748b;">{{message.attachment_count}} attachment(s) — open the ticket to download.</p>{{/if}}
${button("{{brand.storefront_url}}/account/support/{{ticket.id}}", "Reply")}`,
    text: `Our support team replied to your ticket {{ticket.number}}:\n\n{{message.body}}\n\n{{brand.storefront_url}}/account/support/{{ticket.id}}`,
    sample: {
      ticket: { id: "tkt_sample", number: "TKT-100045", subject: "Cannot reach my VPS", status: "pending" },
      message: { body: "We restarted the host; please try again.", attachment_count: 0 },
    },
  },
  {
    name: "ticket_status_changed",
    channel: "email",
    label: "Support ticket status",
    description: "A customer's ticket changed status (resolved, on hold, closed…).",
    subject: "[{{ticket.number}}] {{ticket.subject}} — {{ticket.status}}",
    html: `<p>{{message.body}}</p>
<p style="color:#64748b;">Ticket {{ticket.number}}: {{ticket.subject}}</p>
${button("{{brand.storefront_url}}/account/support/{{ticket.id}}", "Open the ticket")}`,
    text: `{{message.body}}\n\nTicket {{ticket.number}}: {{ticket.subject}}\n{{brand.storefront_url}}/account/support/{{ticket.id}}`,
    sample: {
      ticket: { id: "tkt_sample", number: "TKT-100045", subject: "Cannot reach my VPS", status: "resolved" },
      message: { body: "Ticket marked resolved by our team." },
    },
  },
  TICKET_REPLY_REFUSED,
  {
    name: "custom",
    channel: "email",
    label: "Custom message",
    description: "A message an admin writes to a customer.",
    subject: "{{subject}}",
    html: `{{#each paragraphs}}<p>{{this}}</p>{{/each}}`,
    text: `{{body}}`,
    sample: { subject: "About your server", body: "Hello,\n\nWe will migrate your server tonight.", paragraphs: ["Hello,", "We will migrate your server tonight."] },
  },
  {
    name: "custom_sms",
    channel: "sms",
    label: "Custom SMS",
    description: "A short message an admin writes to a customer.",
    text: `{{brand.name}}: {{body}}`,
    sample: { body: "We will migrate your server tonight." },
  },
]

export const TEMPLATE_BY_NAME = new Map(TEMPLATES.map((t) => [t.name, t]))
