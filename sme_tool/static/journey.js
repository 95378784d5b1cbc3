// Progressive enhancement only: the journey works without this script.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Move focus to the error summary so screen-reader and keyboard users meet it first.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) { summary.focus(); }

  // Print button on the results page.
  var print = document.querySelector("[data-print]");
  if (print) { print.hidden = false; print.addEventListener("click", function () { window.print(); }); }

  // Hide questions whose show_if depends on an answer on the same page.
  function answer(form, field) {
    var inputs = form.querySelectorAll('[name="' + field + '"]');
    if (!inputs.length) { return facts.hasOwnProperty(field) ? facts[field] : null; }
    var first = inputs[0];
    if (first.type === "checkbox") {
      return Array.prototype.filter.call(inputs, function (i) { return i.checked; }).map(function (i) { return i.value; });
    }
    if (first.type === "radio") {
      var checked = Array.prototype.find.call(inputs, function (i) { return i.checked; });
      return checked ? checked.value : null;
    }
    if (first.value === "") { return null; }
    var n = Number(first.value);
    return isNaN(n) ? first.value : n;
  }
  function evaluate(cond, form) {
    if (cond.all) { return cond.all.every(function (c) { return evaluate(c, form); }); }
    if (cond.any) { return cond.any.some(function (c) { return evaluate(c, form); }); }
    if (cond.not) { return !evaluate(cond.not, form); }
    var value = answer(form, cond.field);
    var empty = value === null || (Array.isArray(value) && value.length === 0);
    if ("answered" in cond) { return cond.answered === !empty; }
    if (empty) { return false; }
    if ("eq" in cond) { return value === cond.eq; }
    if ("ne" in cond) { return value !== cond.ne; }
    if ("in" in cond) { return cond["in"].indexOf(value) >= 0; }
    if ("contains_any" in cond) { return [].concat(value).some(function (v) { return cond.contains_any.indexOf(v) >= 0; }); }
    if ("lt" in cond) { return value < cond.lt; }
    if ("le" in cond) { return value <= cond.le; }
    if ("gt" in cond) { return value > cond.gt; }
    if ("ge" in cond) { return value >= cond.ge; }
    if ("between" in cond) { return value >= cond.between[0] && value <= cond.between[1]; }
    return true;
  }
  var form = document.querySelector("form[data-facts]");
  var facts = form ? JSON.parse(form.getAttribute("data-facts")) : {};
  var conditional = document.querySelectorAll("[data-show-if]");
  function refresh() {
    conditional.forEach(function (el) {
      var show = evaluate(JSON.parse(el.getAttribute("data-show-if")), form);
      el.classList.toggle("is-hidden", !show);
    });
  }
  if (form && conditional.length) { form.addEventListener("change", refresh); refresh(); }

  // The chat page: send without reloading. New messages are appended to the aria-live log
  // (so they are announced), the form is replaced (its answer buttons change with the
  // question) and the new reply gets the focus. Any failure falls back to a normal post.
  var chatForm = document.querySelector("form[data-chat]");
  function swapIn(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var log = document.querySelector(".chat-log"), newLog = doc.querySelector(".chat-log");
    var newForm = doc.querySelector("form[data-chat]");
    if (!log || !newLog || !newForm) { return false; }
    var have = log.querySelectorAll(".chat-message").length;
    var fresh = Array.prototype.slice.call(newLog.querySelectorAll(".chat-message"), have);
    var hint = log.querySelector(".hint");
    if (hint && fresh.length) { hint.remove(); }
    log.querySelectorAll("#latest").forEach(function (el) {
      el.removeAttribute("id"); el.removeAttribute("tabindex"); el.removeAttribute("data-autofocus");
    });
    fresh.forEach(function (el) { log.appendChild(document.importNode(el, true)); });
    var notice = document.querySelector(".chat-notice"), newNotice = doc.querySelector(".chat-notice");
    if (notice) { notice.remove(); }
    if (newNotice) { log.parentNode.insertBefore(document.importNode(newNotice, true), chatForm); }
    var replacement = document.importNode(newForm, true);
    chatForm.parentNode.replaceChild(replacement, chatForm);
    chatForm = replacement;
    chatForm.addEventListener("submit", send);
    var latest = document.getElementById("latest");
    if (latest) { latest.focus(); latest.scrollIntoView({block: "nearest"}); }
    return true;
  }
  var plainPost = false;
  function send(event) {
    if (plainPost || !window.fetch || !window.FormData) { return; }
    event.preventDefault();
    var submitter = event.submitter;
    var data = new FormData(chatForm);
    if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
    function fallBack() {  // post the form as without the script, the pressed button included
      plainPost = true;
      chatForm.removeAttribute("aria-busy");
      if (chatForm.requestSubmit) { chatForm.requestSubmit(submitter || undefined); } else { chatForm.submit(); }
    }
    chatForm.setAttribute("aria-busy", "true");
    // getAttribute: a button named "action" shadows the form's action property
    fetch(chatForm.getAttribute("action"), {method: "POST", body: data, credentials: "same-origin"})
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) { if (!swapIn(html)) { fallBack(); } })
      .catch(fallBack);
  }
  if (chatForm) { chatForm.addEventListener("submit", send); }
})();
