import { defineMiddlewares } from "@medusajs/framework/http"
import { inputErrorHandler, inputGuardMiddlewares } from "./input-guard"
import { adminActionLogContextMiddlewares } from "./admin/action-log-context"
import { adminActionLogMiddlewares } from "./admin/action-logs/middlewares"
import { adminAnalyticsMiddlewares } from "./admin/analytics/middlewares"
import { adminCustomerSecurityMiddlewares } from "./admin/customers/middlewares"
import { authSecurityMiddlewares } from "./auth/middlewares"
import { storeGuardMiddlewares } from "./store/guard-middlewares"
import { storeOwnershipMiddlewares } from "./store/ownership-middlewares"
import { impersonationGuardMiddlewares } from "./store/impersonation-guard-middlewares"
import { adminImpersonationMiddlewares } from "./admin/impersonation/middlewares"
import { storeImpersonationMiddlewares } from "./store/impersonation/middlewares"
import { adminNotificationMiddlewares } from "./admin/notification-logs/middlewares"
import { adminHelpMiddlewares } from "./admin/help/middlewares"
import { storeHelpMiddlewares } from "./store/help/middlewares"
import { adminContentMiddlewares } from "./admin/content/middlewares"
import { storeContentMiddlewares } from "./store/content/middlewares"
import { storeContactMiddlewares } from "./store/contact/middlewares"
import { storeAssistantMiddlewares } from "./store/assistant/middlewares"
import { adminOrdersExportMiddlewares } from "./admin/orders/middlewares"
import { adminInvoiceMiddlewares } from "./admin/invoices/middlewares"
import { adminRegionsMiddlewares } from "./admin/regions/middlewares"
import { adminSubscriptionMiddlewares } from "./admin/subscriptions/middlewares"
import { notificationHookMiddlewares } from "./hooks/notifications/middlewares"
import { emailHookMiddlewares } from "./hooks/email/middlewares"
import { provisioningHookMiddlewares } from "./hooks/provisioning/middlewares"
import { adminServiceActionMiddlewares } from "./admin/service-actions/middlewares"
import { paymentHookMiddlewares } from "./hooks/payment/middlewares"
import { storeAccountMiddlewares } from "./store/account/middlewares"
import { storeOrdersMiddlewares } from "./store/orders/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeSubscriptionMiddlewares } from "./store/subscriptions/middlewares"
import { storeTicketMiddlewares } from "./store/tickets/middlewares"
import { adminTicketMiddlewares } from "./admin/tickets/middlewares"
import { storeChatMiddlewares } from "./store/chats/middlewares"
import { adminChatMiddlewares } from "./admin/chats/middlewares"
import { storeCartPaymentMiddlewares } from "./store/carts/middlewares"
import { storePaymentCollectionMiddlewares } from "./store/payment-collections/middlewares"
import { adminWebhookEndpointMiddlewares } from "./admin/webhook-endpoints/middlewares"
import { adminWebhookDeliveryMiddlewares } from "./admin/webhook-deliveries/middlewares"
import { hardeningMiddlewares } from "./hardening-middlewares"
import { staticUploadMiddlewares } from "./static/middlewares"
import { adminPaymentFailureMiddlewares } from "./admin/payment-failures/middlewares"
import { adminPaymentsOverviewMiddlewares } from "./admin/payments-overview/middlewares"
import { adminSupportProfileMiddlewares } from "./admin/support-profile/middlewares"
import { storeSupportMiddlewares } from "./store/support/middlewares"
import { adminNotificationTemplateMiddlewares } from "./admin/notification-templates/middlewares"

export default defineMiddlewares({
  errorHandler: inputErrorHandler(),
  routes: [
    ...staticUploadMiddlewares,
    ...inputGuardMiddlewares,
    ...storeGuardMiddlewares,
    ...storeOwnershipMiddlewares,
    ...impersonationGuardMiddlewares,
    ...adminActionLogContextMiddlewares,
    ...authSecurityMiddlewares,
    ...storeProductsMiddlewares,
    ...storeOrdersMiddlewares,
    ...storeAccountMiddlewares,
    ...storeSubscriptionMiddlewares,
    ...adminActionLogMiddlewares,
    ...adminCustomerSecurityMiddlewares,
    ...adminRegionsMiddlewares,
    ...adminNotificationMiddlewares,
    ...adminSubscriptionMiddlewares,
    ...adminAnalyticsMiddlewares,
    ...adminOrdersExportMiddlewares,
    ...adminInvoiceMiddlewares,
    ...adminPaymentFailureMiddlewares,
    ...adminPaymentsOverviewMiddlewares,
    ...notificationHookMiddlewares,
    ...emailHookMiddlewares,
    ...provisioningHookMiddlewares,
    ...adminServiceActionMiddlewares,
    ...paymentHookMiddlewares,
    ...adminImpersonationMiddlewares,
    ...storeImpersonationMiddlewares,
    ...storeChatMiddlewares,
    ...adminChatMiddlewares,
    ...storeTicketMiddlewares,
    ...adminTicketMiddlewares,
    ...storeHelpMiddlewares,
    ...storeAssistantMiddlewares,
    ...adminHelpMiddlewares,
    ...storeContentMiddlewares,
    ...storeContactMiddlewares,
    ...adminContentMiddlewares,
    ...storeCartPaymentMiddlewares,
    ...storePaymentCollectionMiddlewares,
    ...adminWebhookEndpointMiddlewares,
    ...adminWebhookDeliveryMiddlewares,
    ...adminSupportProfileMiddlewares,
    ...storeSupportMiddlewares,
    ...adminNotificationTemplateMiddlewares,
    ...hardeningMiddlewares,
  ],
})
