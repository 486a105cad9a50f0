import { button } from "./layout"
import { TICKET_REPLY_REFUSED } from "./ticket-reply-refused"
import type { TemplateDefinition } from "./types"

// Support tickets, and the messages an admin writes.
export const SUPPORT_TEMPLATES: TemplateDefinition[] = [
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
