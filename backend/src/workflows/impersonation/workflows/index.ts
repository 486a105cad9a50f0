export * from "./start-impersonation"
export * from "./end-impersonation"
export * from "./expire-impersonation-sessions"
export * from "./add-impersonation-note"
