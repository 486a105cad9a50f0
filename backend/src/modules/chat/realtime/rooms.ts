/** Every socket of one customer (joined on connect): their chats' news, and what drops them when the account is blocked. */
export const customerRoom = (customerId: string) => `customer:${customerId}`
/** Everyone who joined one chat with `chat:join` (its customer, the admins who have it open). */
export const chatRoom = (chatId: string) => `chat:${chatId}`
/** Every socket opened with one view-as-customer session's token: dropped when the session ends. */
export const impersonationRoom = (sessionId: string) => `impersonation:${sessionId}`
/** Every admin (joined on connect): the inbox hears each chat's new state. */
export const ADMINS_ROOM = "admins"
