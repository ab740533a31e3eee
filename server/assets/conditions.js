// Shows a question asked only after a given answer to an earlier one
// (data-show-if="key=value") when that answer is picked, and hides it
// otherwise. Without this script every such question is shown, with a
// note saying when to answer it; the server drops answers to a question
// that was not asked.
(function () {
  "use strict";
  var form = document.getElementById("survey-form");
  if (!form) return;
  var ruled = form.querySelectorAll("[data-show-if]");
  function picked(key, value) {
    var inputs = form.querySelectorAll('input[name="' + key + '"]');
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].checked && inputs[i].value === value) {
        return !inputs[i].closest("[hidden]");
      }
    }
    return false;
  }
  function apply() {
    for (var i = 0; i < ruled.length; i++) {
      var el = ruled[i];
      var rule = el.getAttribute("data-show-if").split("=");
      var shown = picked(rule[0], rule[1]);
      el.hidden = !shown;
      var note = el.querySelector(".condition");
      if (note) note.hidden = true;
    }
  }
  form.addEventListener("change", apply);
  apply();
})();
