/* Inside the Persepsi frame: tells the host page how tall the form is. */
(function () {
  if (window.parent === window) return;
  function tell() {
    // The body's own height: the document's would never shrink below the
    // frame it is already in.
    var h = Math.ceil(document.body.getBoundingClientRect().height);
    window.parent.postMessage({ persepsi: "height", h: h }, "*");
  }
  window.addEventListener("load", tell);
  if (window.ResizeObserver) new ResizeObserver(tell).observe(document.body);
  else window.addEventListener("resize", tell);
  tell();
})();
