/* The survey form: when the questionnaire changes, the band-table list is
   replaced by the tables that fit it (asked of /admin/bands), and the
   method list by the methods that read it (asked of /admin/methods), the
   one a new survey gets chosen. Without this script the lists change once
   the form is saved. */
(function () {
  var i = document.getElementById("in-instrument");
  var b = document.getElementById("in-bands");
  var m = document.getElementById("in-method");
  if (!i || i.tagName !== "SELECT") return;
  function ask(path) {
    return fetch(path + "?instrument=" + encodeURIComponent(i.value), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; });
  }
  i.addEventListener("change", function () {
    if (b && b.tagName === "SELECT") {
      ask("/admin/bands").then(function (list) {
        if (!list || !list.length) return;
        b.textContent = "";
        list.forEach(function (o) { b.add(new Option(o.label, o.id)); });
        b.selectedIndex = b.options.length - 1;
      }).catch(function () {});
    }
    if (m && m.tagName === "SELECT" && m.options.length) {
      ask("/admin/methods").then(function (found) {
        if (!found) return;
        var none = m.options[0];
        m.textContent = "";
        m.add(none);
        found.methods.forEach(function (o) { m.add(new Option(o.label, o.id)); });
        m.value = found["default"];
      }).catch(function () {});
    }
  });
})();
