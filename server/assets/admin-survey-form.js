/* The survey form: when the questionnaire changes, the band-table list is
   replaced by the tables that fit it and the method list by the methods
   that read it, the one a new survey gets chosen (one question to
   /admin/fits). Without this script the lists change once the form is
   saved. */
(function () {
  var i = document.getElementById("in-instrument");
  var b = document.getElementById("in-bands");
  var m = document.getElementById("in-method");
  if (!i || i.tagName !== "SELECT") return;
  i.addEventListener("change", function () {
    fetch("/admin/fits?instrument=" + encodeURIComponent(i.value), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (fit) {
        if (!fit) return;
        if (b && b.tagName === "SELECT" && fit.bands.length) {
          b.textContent = "";
          fit.bands.forEach(function (o) { b.add(new Option(o.label, o.id)); });
          b.selectedIndex = b.options.length - 1;
        }
        // A survey that has started shows its method as text: no list.
        if (m && m.tagName === "SELECT" && m.options.length) {
          var none = m.options[0];
          m.textContent = "";
          m.add(none);
          fit.methods.forEach(function (o) { m.add(new Option(o.label, o.id)); });
          m.value = fit.method;
        }
      })
      .catch(function () {});
  });
})();
