/* Persepsi: suggests a form's address code from its name or title as it is
   typed, until the code is edited by hand. The server derives the same
   code when the field is left empty, so this only shows it early. */
(function () {
  var slug = document.getElementById("in-slug");
  var from = document.getElementById("in-name") || document.getElementById("in-title");
  if (!slug || !from) return;
  var touched = slug.value !== "";
  function suggest(name) {
    var out = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+/, "");
    if (out.length > 60) {
      out = out.slice(0, 60);
      var cut = out.lastIndexOf("-");
      if (cut > 0) out = out.slice(0, cut);
    }
    return out.replace(/-+$/, "");
  }
  slug.addEventListener("input", function () { touched = slug.value !== ""; });
  from.addEventListener("input", function () {
    if (!touched) slug.value = suggest(from.value);
  });
})();
