/*
 * A stand-in for Razorpay Checkout (https://checkout.razorpay.com/v1/checkout.js),
 * served by the browser tests in place of the real script. `new Razorpay(options)
 * .open()` shows a small modal for the order; "Pay" has Razorpay take the
 * payment (the tests route that call to the local Razorpay stub, which answers
 * the payment id and Razorpay's signature of `order_id|payment_id`), then calls
 * `options.handler(response)` as Checkout does; "Fail" fires `payment.failed`.
 */
;(function () {
  function Razorpay(options) {
    this.options = options
    this.handlers = {}
  }
  Razorpay.prototype.on = function (event, cb) {
    this.handlers[event] = cb
  }
  Razorpay.prototype.open = function () {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- ES5 script served as is to the page: its callbacks reach the instance through self
    var self = this
    var modal = document.createElement("div")
    modal.setAttribute("data-testid", "stub-razorpay-modal")
    modal.style.cssText = "position:fixed;inset:0;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center;z-index:9999"
    var amount = (Number(self.options.amount) / 100).toFixed(2)
    modal.innerHTML =
      '<div style="background:#fff;padding:24px;border-radius:8px;min-width:280px">' +
      '<p data-testid="stub-razorpay-amount">' + self.options.currency + " " + amount + "</p>" +
      '<button type="button" data-testid="stub-razorpay-pay" style="margin-right:8px">Pay</button>' +
      '<button type="button" data-testid="stub-razorpay-fail">Fail</button></div>'
    function pay(fail) {
      fetch("https://api.razorpay.com/v1/checkout/pay", {
        method: "POST",
        body: JSON.stringify({ key_id: self.options.key, order_id: self.options.order_id, fail: fail }),
      })
        .then(function (res) { return res.json() })
        .then(function (json) {
          modal.remove()
          if (json.error) {
            if (self.handlers["payment.failed"]) self.handlers["payment.failed"]({ error: json.error })
          } else {
            self.options.handler(json)
          }
        })
    }
    modal.querySelector('[data-testid="stub-razorpay-pay"]').onclick = function () { pay(false) }
    modal.querySelector('[data-testid="stub-razorpay-fail"]').onclick = function () { pay(true) }
    document.body.appendChild(modal)
  }
  window.Razorpay = Razorpay
})()
