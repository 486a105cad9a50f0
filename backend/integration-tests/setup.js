const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Every spec signs many shoppers in from 127.0.0.1: the per-address auth rate
// limit (5 per 15 minutes in production) would trip. The security spec sets
// the real limit itself.
process.env.AUTH_RATE_LIMIT_MAX = process.env.AUTH_RATE_LIMIT_MAX || "10000"
