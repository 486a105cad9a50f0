import { z } from "@medusajs/framework/zod"

export const StoreCreateContactMessage = z
  .object({
    name: z.string().trim().min(1).max(120),
    email: z.string().trim().toLowerCase().email().max(254),
    subject: z.string().trim().min(3).max(200),
    message: z.string().trim().min(10).max(10_000),
    // honeypot: hidden from people, filled in by bots; anything in it is taken for spam
    website: z.string().max(500).optional(),
  })
  .strict()
export type StoreCreateContactMessageType = z.infer<typeof StoreCreateContactMessage>
