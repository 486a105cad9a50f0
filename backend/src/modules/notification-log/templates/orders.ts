import { button } from "./layout"
import { ORDER_LINES, SAMPLE_CUSTOMER, SAMPLE_SUBSCRIPTION, SERVICE_DETAILS, SERVICE_DETAILS_TEXT, SAMPLE_SERVICE } from "./partials"
import type { TemplateDefinition } from "./types"

// Orders, subscriptions, services and payments.
export const ORDER_TEMPLATES: TemplateDefinition[] = [
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
]
