import { Alert, Button, Drawer, Input, Label, Select, Text, Textarea, clx, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import {
  TICKET_CATEGORIES,
  TICKET_PATH,
  TICKET_PRIORITIES,
  useCreateTicket,
  useCustomerSearch,
  type CustomerChoice,
  type TicketCategory,
  type TicketPriority,
} from "../lib/tickets"
import { DebouncedInput } from "./debounced-input"

const SUBJECT_MAX = 200
const BODY_MAX = 10000
const label = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const customerName = (c: CustomerChoice) => [c.first_name, c.last_name].filter(Boolean).join(" ")

/**
 * Opens a support ticket on a customer's behalf (a phone call, an email to someone's inbox):
 * subject, first message, category and priority, and the customer — picked by name or email, or
 * fixed when opened from the customer's page. The customer gets the usual confirmation email;
 * the ticket is assigned to the admin who opens it, whose page opens next.
 */
export const NewTicketDrawer = ({
  open,
  onOpenChange,
  customer,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** set on the customer's page: the ticket is for them */
  customer?: CustomerChoice
}) => {
  const navigate = useNavigate()
  const create = useCreateTicket()
  const [picked, setPicked] = useState<CustomerChoice | null>(customer ?? null)
  const [q, setQ] = useState("")
  const [subject, setSubject] = useState("")
  const [body, setBody] = useState("")
  const [category, setCategory] = useState<TicketCategory>("general")
  const [priority, setPriority] = useState<TicketPriority>("normal")
  const { data: matches = [], isFetching } = useCustomerSearch(customer ? "" : q)

  useEffect(() => {
    if (!open) {
      setPicked(customer ?? null)
      setQ("")
      setSubject("")
      setBody("")
      setCategory("general")
      setPriority("normal")
      create.reset()
    }
  }, [open])

  const canSubmit = !!picked && subject.trim().length >= 3 && body.trim().length >= 1

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!canSubmit || !picked) return
    create.mutate(
      { customer_id: picked.id, subject: subject.trim(), body: body.trim(), category, priority },
      {
        onSuccess: ({ ticket }) => {
          toast.success(`Ticket ${ticket.number} opened`, { description: `${picked.email} gets the confirmation email.` })
          onOpenChange(false)
          navigate(TICKET_PATH(ticket.id))
        },
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="new-ticket-form">
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>New ticket</Drawer.Title>
            <Drawer.Description className="txt-compact-small text-ui-fg-subtle">
              Opened on the customer's behalf; they get the confirmation email and can reply from their account.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {create.error && (
              <Alert variant="error" dismissible={false} data-testid="new-ticket-error">
                {create.error.message}
              </Alert>
            )}
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="new-ticket-customer" size="small" weight="plus">
                Customer
              </Label>
              {picked ? (
                <div className="bg-ui-bg-subtle flex items-center justify-between gap-x-2 rounded-md px-3 py-2" data-testid="new-ticket-customer-picked">
                  <div className="min-w-0">
                    <Text size="small" weight="plus" className="truncate">
                      {customerName(picked) || picked.email}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      {picked.email}
                    </Text>
                  </div>
                  {!customer && (
                    <Button size="small" variant="transparent" type="button" onClick={() => setPicked(null)}>
                      Change
                    </Button>
                  )}
                </div>
              ) : (
                <>
                  <DebouncedInput
                    id="new-ticket-customer"
                    placeholder="Search by name or email"
                    value={q}
                    onChange={setQ}
                    autoFocus
                    data-testid="new-ticket-customer-search"
                  />
                  {q.trim().length >= 2 && (
                    <ul className="border-ui-border-base divide-y rounded-md border" role="listbox" aria-label="Matching customers">
                      {matches.map((c) => (
                        <li key={c.id}>
                          <button
                            type="button"
                            role="option"
                            aria-selected={false}
                            onClick={() => setPicked(c)}
                            className={clx("hover:bg-ui-bg-base-hover w-full px-3 py-2 text-left outline-none focus-visible:bg-ui-bg-base-hover")}
                            data-testid="new-ticket-customer-option"
                          >
                            <Text size="small" weight="plus" className="truncate">
                              {customerName(c) || c.email}
                            </Text>
                            <Text size="xsmall" className="text-ui-fg-subtle truncate">
                              {c.email}
                              {c.has_account === false ? " · guest" : ""}
                            </Text>
                          </button>
                        </li>
                      ))}
                      {!matches.length && (
                        <li className="px-3 py-2">
                          <Text size="small" className="text-ui-fg-subtle">
                            {isFetching ? "Searching…" : "No customer matches."}
                          </Text>
                        </li>
                      )}
                    </ul>
                  )}
                </>
              )}
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="new-ticket-subject" size="small" weight="plus">
                Subject
              </Label>
              <Input
                id="new-ticket-subject"
                value={subject}
                onChange={(e) => setSubject(e.target.value)}
                maxLength={SUBJECT_MAX}
                placeholder="e.g. Moving the VPS to another data center"
                data-testid="new-ticket-subject"
              />
            </div>
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" id="new-ticket-category-label">
                  Category
                </Label>
                <Select value={category} onValueChange={(v) => setCategory(v as TicketCategory)}>
                  <Select.Trigger aria-labelledby="new-ticket-category-label" data-testid="new-ticket-category">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {TICKET_CATEGORIES.map((c) => (
                      <Select.Item key={c} value={c}>
                        {label(c)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" id="new-ticket-priority-label">
                  Priority
                </Label>
                <Select value={priority} onValueChange={(v) => setPriority(v as TicketPriority)}>
                  <Select.Trigger aria-labelledby="new-ticket-priority-label" data-testid="new-ticket-priority">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {TICKET_PRIORITIES.map((p) => (
                      <Select.Item key={p} value={p}>
                        {label(p)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="new-ticket-body" size="small" weight="plus">
                Message
              </Label>
              <Textarea
                id="new-ticket-body"
                rows={8}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                maxLength={BODY_MAX}
                placeholder="What the customer asked for, in their words or yours. They see it as the ticket's first message."
                data-testid="new-ticket-body"
              />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" disabled={!canSubmit} isLoading={create.isPending} data-testid="new-ticket-submit">
              Open ticket
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
