/* Inside the Persepsi frame: tells the host page how tall the form is. */
(function () {
  if (window.parent === window) return;
  function tell() {
    window.parent.postMessage({ persepsi: "height", h: document.documentElement.scrollHeight }, "*");
  }
  window.addEventListener("load", tell);
  if (window.ResizeObserver) new ResizeObserver(tell).observe(document.body);
  else window.addEventListener("resize", tell);
  tell();
})();
