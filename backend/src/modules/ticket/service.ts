import type { Context, IEventBusModuleService, InferTypeOf, Logger } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import {
  bounceAddress,
  type InboundEmail,
  isInboundKey,
  replyAddress,
  startInboundSmtp,
  TICKET_EMAIL_RECEIVED_EVENT,
  type TicketInboundOptions,
  ticketNumberFromRecipients,
} from "./inbound"
import Ticket from "./models/ticket"
import TicketMessage from "./models/ticket-message"
import TicketNote from "./models/ticket-note"

type TicketRow = InferTypeOf<typeof Ticket>
type TicketMessageRow = InferTypeOf<typeof TicketMessage>

export type OpenTicketInput = {
  ticket: Pick<TicketRow, "customer_id" | "subject" | "category" | "priority" | "source" | "contact_email" | "contact_name" | "status" | "assignee_id" | "last_message_at">
  message: Pick<TicketMessageRow, "author_type" | "author_id" | "body" | "attachments">
}

export type TicketModuleOptions = { inbound?: TicketInboundOptions }

type Deps = {
  logger: Logger
  event_bus?: IEventBusModuleService
  configModule: { projectConfig: { workerMode?: string } }
}

class TicketModuleService extends MedusaService({
  Ticket,
  TicketMessage,
  TicketNote,
}) {
  protected readonly inbound_: TicketInboundOptions
  protected readonly logger_: Logger
  protected readonly eventBus_?: IEventBusModuleService
  protected readonly workerMode_?: string
  protected smtp_: { port: number; close: () => Promise<void> } | null = null

  __hooks = {
    onApplicationStart: async () => {
      await this.startInboundSmtp()
    },
    onApplicationShutdown: async () => {
      const smtp = this.smtp_
      this.smtp_ = null
      await smtp?.close()
    },
  }

  constructor(deps: Deps, options: TicketModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.inbound_ = options.inbound ?? {}
    this.logger_ = deps.logger
    this.eventBus_ = deps.event_bus
    this.workerMode_ = deps.configModule?.projectConfig?.workerMode
  }

  /**
   * A new ticket with its first message, in one transaction: a message the
   * database refuses leaves no ticket behind.
   */
  @InjectTransactionManager()
  async openTicket(input: OpenTicketInput, @MedusaContext() sharedContext: Context = {}) {
    const ticket = await this.createTickets(input.ticket, sharedContext)
    const message = await this.createTicketMessages({ ...input.message, ticket_id: ticket.id }, sharedContext)
    return { ticket, message }
  }

  /** The signed Reply-To of a ticket's emails (`support+TKT-100045.<token>@<domain>`), null when replies by email are off. */
  replyAddress(number: string): string | null {
    return replyAddress(this.inbound_, number)
  }

  /** The ticket number a correctly signed reply address among the recipients names, or null. */
  ticketNumberFromRecipients(recipients: string[]): string | null {
    return ticketNumberFromRecipients(this.inbound_, recipients)
  }

  /** Where to tell the sender of a refused reply why, or null where that could loop (auto-replies, bounces, our own addresses). */
  bounceAddress(email: InboundEmail): string | null {
    return bounceAddress(this.inbound_, email)
  }

  /** Whether `key` is the inbound hook's secret (timing-safe; false when replies by email are off). */
  isInboundKey(key: string | null | undefined): boolean {
    return isInboundKey(this.inbound_, key)
  }

  /** The local SMTP twin's port, when it runs in this process. */
  inboundSmtpPort(): number | null {
    return this.smtp_?.port ?? null
  }

  /** Starts the local SMTP twin where EMAIL_INBOUND_SMTP_PORT asks for one (server and shared processes). */
  async startInboundSmtp() {
    const port = this.inbound_.smtpPort
    if (this.smtp_ || port === undefined || !this.inbound_.secret || this.workerMode_ === "worker") {
      return
    }
    try {
      this.smtp_ = await startInboundSmtp(this.inbound_, this.logger_, (email) => this.emitEmailReceived(email))
      this.logger_.info(`Ticket replies by email: SMTP listener on port ${this.smtp_.port}`)
    } catch (e) {
      this.logger_.error(`Ticket replies by email: SMTP listener not started on port ${port}: ${(e as Error).message}`)
    }
  }

  /**
   * Hands an email the SMTP twin took to the ticket.email_received subscriber
   * (the email itself is the payload: nothing is stored before the workflow
   * has checked it).
   */
  protected async emitEmailReceived(email: InboundEmail) {
    if (!this.eventBus_) {
      throw new Error("no event bus to hand the email to")
    }
    await this.eventBus_.emit({ name: TICKET_EMAIL_RECEIVED_EVENT, data: email })
  }
}

export default TicketModuleService
