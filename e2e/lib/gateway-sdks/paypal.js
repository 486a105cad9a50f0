/*
 * A stand-in for PayPal's JS SDK (https://www.paypal.com/sdk/js), served by
 * the browser tests in place of the real script. `paypal.Buttons({ createOrder,
 * onApprove, onCancel, onError }).render(el)` draws a PayPal button; pressing
 * it takes the order id from createOrder and has the buyer approve that order
 * at PayPal (the tests route the approval call to the local PayPal stub), then
 * calls onApprove({ orderID }) as the SDK does when its popup closes.
 */
;(function () {
  window.paypal = {
    Buttons: function (options) {
      return {
        render: function (target) {
          var node = typeof target === "string" ? document.querySelector(target) : target
          var button = document.createElement("button")
          button.type = "button"
          button.textContent = "PayPal"
          button.setAttribute("data-testid", "stub-paypal-button")
          button.style.cssText = "width:100%;padding:10px;background:#ffc439;border-radius:4px;font-weight:bold"
          button.onclick = function () {
            Promise.resolve(options.createOrder({}, {}))
              .then(function (orderID) {
                return fetch("https://www.paypal.com/checkoutnow/approve?token=" + encodeURIComponent(orderID), { method: "POST" })
                  .then(function (res) {
                    if (!res.ok) throw new Error("approval failed")
                    return options.onApprove({ orderID: orderID }, {})
                  })
              })
              .catch(function (err) {
                // as the SDK does: logged, then handed to onError
                console.error("PayPal stand-in: " + (err && err.stack ? err.stack : err))
                if (options.onError) options.onError(err)
              })
          }
          node.appendChild(button)
          return Promise.resolve()
        },
        isEligible: function () { return true },
        close: function () {},
      }
    },
  }
})()
