import { button } from "./layout"
import type { TemplateDefinition } from "./types"

/**
 * Tells the sender of an emailed ticket reply that it was not added, why, and
 * what to do instead. Sent to the sender's address (who may have no account),
 * never to auto-replies, bounces or our own addresses.
 */
export const TICKET_REPLY_REFUSED: TemplateDefinition = {
  name: "ticket_reply_refused",
  channel: "email",
  label: "Support reply not accepted",
  description: "An emailed reply to a ticket was refused (unknown sender, closed ticket, invalid address…): why, and what to do.",
  subject: "Your reply was not added{{#if ticket}} to {{ticket.number}}{{/if}}",
  html: `<p>We received your email{{#if original_subject}} "{{original_subject}}"{{/if}}, but it was <strong>not added</strong>{{#if ticket}} to ticket {{ticket.number}}{{/if}}.</p>
<p>{{reason}}</p>
<p>{{action}}</p>
${button("{{brand.storefront_url}}/account/support{{#if ticket}}/{{ticket.id}}{{/if}}", "Open your tickets")}
<p style="color:#64748b;font-size:13px;">This is an automatic message; replies to it are not read.</p>`,
  text: `We received your email{{#if original_subject}} "{{original_subject}}"{{/if}}, but it was not added{{#if ticket}} to ticket {{ticket.number}}{{/if}}.\n\n{{reason}}\n\n{{action}}\n\n{{brand.storefront_url}}/account/support{{#if ticket}}/{{ticket.id}}{{/if}}\n\nThis is an automatic message; replies to it are not read.`,
  sample: {
    reason_code: "unknown_sender",
    reason: "It came from an address that is not on file for this ticket.",
    action: "Reply from the email address of your account, or open the ticket in your account and reply there.",
    original_subject: "Re: [TKT-100045] Cannot reach my VPS",
    ticket: { id: "tkt_sample", number: "TKT-100045", subject: "Cannot reach my VPS" },
  },
}
