/* Persepsi embed: <script src="https://SITE/embed.js" data-survey="SLUG" async></script>
   Optional: data-unit="UNIT", data-lang="en", data-title="…".
   Puts the survey in a lazy frame fitted to it. The snippet's link
   (data-persepsi-link) hides once the form answers; a frame that never
   does (a site not on the list) is removed, leaving the link. */
(function () {
  var s = document.currentScript;
  if (!s || !s.getAttribute("data-survey")) return;
  var base = new URL(s.src, location.href).origin;
  var q = [];
  var unit = s.getAttribute("data-unit");
  var lang = s.getAttribute("data-lang");
  if (unit) q.push("u=" + encodeURIComponent(unit));
  if (lang) q.push("lang=" + encodeURIComponent(lang));
  var link = s.previousElementSibling;
  if (link && !link.hasAttribute("data-persepsi-link")) link = null;
  var f = document.createElement("iframe");
  f.src = base + "/embed/" + encodeURIComponent(s.getAttribute("data-survey")) + (q.length ? "?" + q.join("&") : "");
  f.title = s.getAttribute("data-title") || "Survei layanan publik";
  f.loading = "lazy";
  f.style.cssText = "display:block;width:100%;max-width:40rem;border:0;height:36rem";
  s.parentNode.insertBefore(f, s.nextSibling);
  var heard = false;
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (e.origin !== base || e.source !== f.contentWindow || !d || d.persepsi !== "height") return;
    if (!heard && link) link.hidden = true;
    heard = true;
    var h = Number(d.h);
    if (h > 100 && h < 20000) f.style.height = Math.ceil(h) + "px";
  });
  f.addEventListener("load", function () {
    setTimeout(function () {
      if (heard || !f.parentNode) return;
      f.parentNode.removeChild(f);
      if (link) link.hidden = false;
    }, 3000);
  });
})();
