export const CHAT_MESSAGE_CREATED_EVENT = "chat.message_created"
export const CHAT_HANDED_OVER_EVENT = "chat.handed_over"
export const CHAT_CONVERTED_EVENT = "chat.converted"
/**
 * Something sockets should hear: `{ id, message_ids }` (the new messages, oldest
 * first), once per chat write, last. The chat-realtime subscriber broadcasts it.
 */
export const CHAT_UPDATED_EVENT = "chat.updated"
