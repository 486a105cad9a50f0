// Pieces several templates share: the order lines, how to reach a service, preview samples.

export const ORDER_LINES = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:16px 0;">
{{#each order.items}}<tr><td style="padding:8px 0;border-bottom:1px solid #e2e8f0;">{{this.title}}<br><span style="color:#64748b;font-size:13px;">{{this.variant_title}} × {{this.quantity}}</span></td><td align="right" style="padding:8px 0;border-bottom:1px solid #e2e8f0;">{{money this.total ../order.currency_code}}</td></tr>{{/each}}
<tr><td style="padding:8px 0;color:#64748b;">Tax</td><td align="right" style="padding:8px 0;color:#64748b;">{{money order.tax_total order.currency_code}}</td></tr>
<tr><td style="padding:8px 0;font-weight:700;">Total</td><td align="right" style="padding:8px 0;font-weight:700;">{{money order.total order.currency_code}}</td></tr>
</table>`

export const SAMPLE_CUSTOMER = { first_name: "Ada", last_name: "Lovelace", email: "ada@example.com" }
export const SAMPLE_SUBSCRIPTION = {
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
export const SERVICE_DETAILS = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:16px 0;">
{{#if service.ipv4}}<tr><td style="padding:6px 0;color:#64748b;">IPv4</td><td style="padding:6px 0;font-family:monospace;">{{service.ipv4}}</td></tr>{{/if}}
{{#if service.ipv6}}<tr><td style="padding:6px 0;color:#64748b;">IPv6</td><td style="padding:6px 0;font-family:monospace;">{{service.ipv6}}</td></tr>{{/if}}
{{#if service.hostname}}<tr><td style="padding:6px 0;color:#64748b;">Hostname</td><td style="padding:6px 0;font-family:monospace;">{{service.hostname}}</td></tr>{{/if}}
{{#if service.location}}<tr><td style="padding:6px 0;color:#64748b;">Data center</td><td style="padding:6px 0;">{{service.location}}</td></tr>{{/if}}
{{#if service.os}}<tr><td style="padding:6px 0;color:#64748b;">Operating system</td><td style="padding:6px 0;">{{service.os}}</td></tr>{{/if}}
</table>
{{#if service.ssh_command}}<p>Connect with SSH:</p><p style="font-family:monospace;background:#f1f5f9;border-radius:6px;padding:10px 12px;">{{service.ssh_command}}</p>{{/if}}
<p style="color:#64748b;font-size:13px;">For your security the root password is never sent by email: show it in your account (you re-enter your account password), or sign in with the SSH key you gave us.</p>`

export const SERVICE_DETAILS_TEXT = `{{#if service.ipv4}}IPv4: {{service.ipv4}}\n{{/if}}{{#if service.ipv6}}IPv6: {{service.ipv6}}\n{{/if}}{{#if service.hostname}}Hostname: {{service.hostname}}\n{{/if}}{{#if service.location}}Data center: {{service.location}}\n{{/if}}{{#if service.os}}Operating system: {{service.os}}\n{{/if}}{{#if service.ssh_command}}Connect: {{service.ssh_command}}\n{{/if}}The root password is never sent by email: show it in your account ({{brand.storefront_url}}/account/subscriptions).`

export const SAMPLE_SERVICE = {
  ipv4: "198.51.100.23",
  ipv6: "2001:db8:10::c633:6417",
  hostname: "web-01",
  location: "Frankfurt, DE",
  os: "Ubuntu 24.04 LTS",
  ssh_command: "ssh root@198.51.100.23",
}
