/** What the admin sees beside the ticket: who the customer is and who owns it. */
export const ADMIN_TICKET_EXTRA_FIELDS = [
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "assignee.id",
  "assignee.email",
  "assignee.first_name",
  "assignee.last_name",
]
