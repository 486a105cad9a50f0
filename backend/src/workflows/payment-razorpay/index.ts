export * from "./steps/submit-razorpay-payment"
export * from "./workflows/submit-razorpay-payment"
