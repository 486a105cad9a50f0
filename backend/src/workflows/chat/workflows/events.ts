export const CHAT_MESSAGE_CREATED_EVENT = "chat.message_created"
export const CHAT_HANDED_OVER_EVENT = "chat.handed_over"
export const CHAT_CONVERTED_EVENT = "chat.converted"
