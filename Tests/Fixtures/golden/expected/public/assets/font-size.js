/* Font-size control (适老化): three sizes, remembered in localStorage across pages and visits.
   Loaded in <head> so a chosen size applies before the page is drawn. Without JavaScript the
   control stays hidden (it carries the `hidden` attribute) and the page keeps its normal size. */
(function () {
  "use strict";
  var KEY = "gongkai-font-size";
  var SIZES = ["normal", "large", "x-large"];
  var root = document.documentElement;

  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function remember(size) {
    try { window.localStorage.setItem(KEY, size); } catch (e) { /* private mode: this page only */ }
  }

  function apply(size) {
    if (SIZES.indexOf(size) < 0) size = "normal";
    if (size === "normal") root.removeAttribute("data-font-size");
    else root.setAttribute("data-font-size", size);
    var buttons = document.querySelectorAll(".font-size button[data-font-size]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", String(buttons[i].getAttribute("data-font-size") === size));
    }
  }

  apply(stored());

  document.addEventListener("DOMContentLoaded", function () {
    var control = document.querySelector(".font-size");
    if (!control) return;
    apply(stored());
    control.hidden = false;
    control.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest("button[data-font-size]");
      if (!button) return;
      var size = button.getAttribute("data-font-size");
      remember(size);
      apply(size);
    });
  });
})();
