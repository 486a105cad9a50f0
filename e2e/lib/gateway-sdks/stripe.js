/*
 * A stand-in for Stripe.js (https://js.stripe.com/…/stripe.js), served by the
 * browser tests in place of the real script, which this machine cannot
 * fetch. It does what Stripe.js does for the Payment Element in the page:
 * `Stripe(pk)` → `elements({ clientSecret })` → `create("payment").mount(el)`
 * shows a card field, and `confirmPayment({ elements })` confirms the
 * PaymentIntent over Stripe's API with the publishable key and the client
 * secret (the tests route api.stripe.com to the local Stripe stub). Test card
 * numbers map to Stripe's test payment methods; an intent that needs 3-D
 * Secure sends the browser to the bank's page, as Stripe.js does.
 */
;(function () {
  var CARDS = {
    "4242424242424242": "pm_card_visa",
    "4000000000000002": "pm_card_chargeDeclined",
    // 3-D Secure: the bank's page, then back to confirmParams.return_url
    "4000002500003155": "pm_card_authenticationRequired",
  }

  function createElement(type) {
    var handlers = {}
    var node = null
    var element = {
      mount: function (target) {
        node = typeof target === "string" ? document.querySelector(target) : target
        node.innerHTML =
          '<label style="display:block;font-size:14px">Card number' +
          '<input data-testid="stub-card-number" inputmode="numeric" autocomplete="cc-number" style="display:block;width:100%;border:1px solid #ccc;padding:8px;margin-top:4px" />' +
          "</label>"
        setTimeout(function () {
          ;(handlers.ready || []).forEach(function (cb) { cb({ elementType: type }) })
        }, 0)
      },
      on: function (event, cb) { (handlers[event] = handlers[event] || []).push(cb); return element },
      off: function (event, cb) { handlers[event] = (handlers[event] || []).filter(function (h) { return h !== cb }); return element },
      once: function (event, cb) { return element.on(event, cb) },
      update: function () {},
      focus: function () {},
      blur: function () {},
      clear: function () {},
      collapse: function () {},
      unmount: function () { if (node) node.innerHTML = "" },
      destroy: function () { if (node) node.innerHTML = "" },
      cardNumber: function () {
        var input = node && node.querySelector("input")
        return input ? input.value.replace(/\s+/g, "") : ""
      },
    }
    return element
  }

  function Stripe(publishableKey) {
    var unsupported = function () {
      return Promise.resolve({ error: { type: "invalid_request_error", message: "Not part of this stand-in: the storefront uses confirmPayment." } })
    }
    var stripe = {
      // what @stripe/react-stripe-js checks a Stripe instance by
      createToken: unsupported,
      createPaymentMethod: unsupported,
      confirmCardPayment: unsupported,
      _registerWrapper: function () {},
      registerAppInfo: function () {},
      elements: function (options) {
        var created = {}
        return {
          _clientSecret: options && options.clientSecret,
          create: function (type) { created[type] = createElement(type); return created[type] },
          getElement: function (type) { return created[type] || null },
          update: function () {},
          fetchUpdates: function () { return Promise.resolve({}) },
          submit: function () { return Promise.resolve({}) },
        }
      },
      confirmPayment: function (params) {
        var elements = params.elements
        var secret = elements._clientSecret
        var card = elements.getElement("payment")
        var pm = CARDS[card ? card.cardNumber() : ""]
        if (!pm) {
          return Promise.resolve({ error: { type: "validation_error", code: "incomplete_number", message: "Your card number is incomplete." } })
        }
        var intentId = secret.split("_secret_")[0]
        var returnUrl = (params.confirmParams && params.confirmParams.return_url) || ""
        var body = new URLSearchParams({ key: publishableKey, client_secret: secret, payment_method: pm, return_url: returnUrl })
        return fetch("https://api.stripe.com/v1/payment_intents/" + intentId + "/confirm", { method: "POST", body: body })
          .then(function (res) { return res.json() })
          .then(function (json) {
            if (json.error) return { error: json.error }
            if (json.status === "requires_action" && json.next_action && json.next_action.redirect_to_url) {
              // the page leaves for the bank; the promise never settles
              window.location.assign(json.next_action.redirect_to_url.url)
              return new Promise(function () {})
            }
            return { paymentIntent: json }
          })
      },
    }
    return stripe
  }
  Stripe.version = "basil"
  window.Stripe = Stripe
})()
