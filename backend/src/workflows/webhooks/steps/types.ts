export type WebhookEndpointInput = { url: string; events: string[]; description?: string | null }

export type WebhookEndpointUpdate = { id: string } & Partial<WebhookEndpointInput> & { enabled?: boolean }

/** A Medusa event to fan out: its name, the `{ id }` it carries and when it was emitted. */
export type WebhookSourceEvent = { event_type: string; id: string; occurred_at?: Date | string | null; asOf: Date }
