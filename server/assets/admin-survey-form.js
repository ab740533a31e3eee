/* The survey form: when the questionnaire changes, the band-table list is
   replaced by the tables that fit it (asked of /admin/bands). Without this
   script the list changes once the form is saved. */
(function () {
  var i = document.getElementById("in-instrument");
  var b = document.getElementById("in-bands");
  if (!i || !b || i.tagName !== "SELECT" || b.tagName !== "SELECT") return;
  i.addEventListener("change", function () {
    fetch("/admin/bands?instrument=" + encodeURIComponent(i.value), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (list) {
        if (!list || !list.length) return;
        b.textContent = "";
        list.forEach(function (o) { b.add(new Option(o.label, o.id)); });
        b.selectedIndex = b.options.length - 1;
      })
      .catch(function () {});
  });
})();
