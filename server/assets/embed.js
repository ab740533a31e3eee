/* Persepsi embed: <script src="https://SITE/embed.js" data-survey="SLUG" async></script>
   Optional: data-unit="UNIT", data-lang="en", data-title="…".
   Inserts the survey in a lazily loaded frame and fits the frame to it. */
(function () {
  var s = document.currentScript;
  if (!s || !s.getAttribute("data-survey")) return;
  var base = new URL(s.src, location.href).origin;
  var q = [];
  var unit = s.getAttribute("data-unit");
  var lang = s.getAttribute("data-lang");
  if (unit) q.push("u=" + encodeURIComponent(unit));
  if (lang) q.push("lang=" + encodeURIComponent(lang));
  var f = document.createElement("iframe");
  f.src = base + "/embed/" + encodeURIComponent(s.getAttribute("data-survey")) + (q.length ? "?" + q.join("&") : "");
  f.title = s.getAttribute("data-title") || "Survei layanan publik";
  f.loading = "lazy";
  f.style.cssText = "display:block;width:100%;max-width:40rem;border:0;height:36rem";
  s.parentNode.insertBefore(f, s.nextSibling);
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (e.origin !== base || e.source !== f.contentWindow || !d || d.persepsi !== "height") return;
    var h = Number(d.h);
    if (h > 100 && h < 20000) f.style.height = Math.ceil(h) + "px";
  });
})();
