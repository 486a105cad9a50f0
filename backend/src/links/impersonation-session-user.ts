import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import ImpersonationModule from "../modules/impersonation"

/** impersonation_session.user: the admin who viewed the store (read-only: the session holds the user id). */
export default defineLink(
  { linkable: ImpersonationModule.linkable.impersonationSession, field: "user_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
