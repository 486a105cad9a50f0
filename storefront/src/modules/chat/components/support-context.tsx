"use client"

import { createContext, useContext, type ReactNode } from "react"
import { FALLBACK_SUPPORT, type SupportInfo } from "../support-hours"

const SupportContext = createContext<SupportInfo>(FALLBACK_SUPPORT)

/** Support's profile and hours (GET /store/support, read on the server) for the chat's components. */
export function SupportProvider({ support, children }: { support: SupportInfo; children: ReactNode }) {
  return <SupportContext.Provider value={support}>{children}</SupportContext.Provider>
}

export const useSupport = () => useContext(SupportContext)
