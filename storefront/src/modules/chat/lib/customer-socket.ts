"use client"

import { useEffect, useState } from "react"
import type { Socket } from "socket.io-client"
import { chatSocketAccess } from "@lib/data/chat"

/** A refused handshake (an expired ticket) is not retried by socket.io itself: try again after this. */
const RETRY_MS = 5000

let socket: Socket | null = null
/** the customer the open socket's ticket is for */
let actor: string | null = null
let connecting: Promise<Socket | null> | null = null
let users = 0
let retry: ReturnType<typeof setTimeout> | null = null
const listeners = new Set<(connected: boolean) => void>()

const tell = (connected: boolean) => listeners.forEach((l) => l(connected))

/** The customer id a socket ticket is for (its JWT's `actor_id`; read, not verified: the server checks tickets). */
function ticketActor(token: string): string | null {
  try {
    const payload = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")))
    return typeof payload.actor_id === "string" ? payload.actor_id : null
  } catch {
    return null
  }
}

/**
 * Opens the socket: the URL and a short-lived ticket come from a server action (the customer's
 * own token never reaches the browser), a fresh ticket for every reconnection. Null when the
 * backend offers no socket (no socket server, signed out).
 */
async function open(): Promise<{ s: Socket; customerId: string | null } | null> {
  const first = await chatSocketAccess()
  if (!first.ok) {
    return null
  }
  let firstToken: string | null = first.token
  // loaded only here: guests (most page views) never download the socket client
  const { io } = await import("socket.io-client")
  const s = io(first.url, {
    auth: (cb) => {
      if (firstToken) {
        cb({ token: firstToken })
        firstToken = null
        return
      }
      chatSocketAccess()
        .then((access) => cb({ token: access.ok ? access.token : "" }))
        .catch(() => cb({ token: "" }))
    },
    transports: ["websocket", "polling"],
  })
  s.on("connect", () => tell(true))
  s.on("disconnect", () => tell(false))
  s.on("connect_error", () => {
    tell(false)
    if (!s.active && !retry) {
      retry = setTimeout(() => {
        retry = null
        if (users > 0 && socket === s) s.connect()
      }, RETRY_MS)
    }
  })
  return { s, customerId: ticketActor(first.token) }
}

/**
 * The signed-in customer's one socket to the chat server, shared by everything in the tab that
 * listens (the chat widget, the live notifications) and connected while at least one of them is
 * `enabled`. The socket pushes; every write goes through requests. `connected` is false until
 * the handshake succeeds and while it is down (the chat polls over REST then).
 */
export function useCustomerSocket(enabled: boolean) {
  const [current, setCurrent] = useState<Socket | null>(null)
  const [connected, setConnected] = useState(false)

  useEffect(() => {
    if (!enabled) {
      return
    }
    users += 1
    listeners.add(setConnected)
    let cancelled = false
    if (!connecting) {
      const attempt: Promise<Socket | null> = open().then((opened) => {
        if (connecting !== attempt) {
          opened?.s.disconnect() // everyone left while it connected
          return null
        }
        socket = opened?.s ?? null
        actor = opened?.customerId ?? null
        if (!opened) connecting = null // nothing to connect to: the next user asks again
        return socket
      })
      connecting = attempt
    }
    connecting
      .then((s) => {
        if (!cancelled && s) {
          setCurrent(s)
          setConnected(s.connected)
        }
      })
      .catch(() => {
        connecting = null
      })
    return () => {
      cancelled = true
      users -= 1
      listeners.delete(setConnected)
      setCurrent(null)
      setConnected(false)
      if (users === 0) {
        if (retry) clearTimeout(retry)
        retry = null
        socket?.disconnect()
        socket = null
        actor = null
        connecting = null
      }
    }
  }, [enabled])

  return { socket: current, connected, customerId: current ? actor : null }
}
