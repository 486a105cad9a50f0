import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { submitRazorpayPaymentStep, type SubmitRazorpayPaymentStepInput } from "../steps/submit-razorpay-payment"

/** Razorpay Checkout's result → the cart's payment session (completed afterwards by /complete). */
export const submitRazorpayPaymentWorkflow = createWorkflow(
  "submit-razorpay-payment",
  (input: SubmitRazorpayPaymentStepInput) => {
    const session = submitRazorpayPaymentStep(input)
    return new WorkflowResponse(session)
  }
)
