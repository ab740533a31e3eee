/* The proof photo, shrunk on the phone before it is sent: drawn on a
   canvas (long side at most 1280 px) and encoded as JPEG, its quality
   lowered until it is at most 250 KB; the file input then holds the small
   copy and the form posts as always. Without this script (or where the
   browser cannot do it) the original goes, and the server shrinks it. */
(function () {
  var MAX_SIDE = 1280, MAX_BYTES = 250 * 1024;
  var input = document.getElementById("in-proof-photo");
  if (!input || !window.DataTransfer || !window.createImageBitmap) return;
  var busy = false;
  function blobOf(canvas, q) {
    return new Promise(function (ok) { canvas.toBlob(ok, "image/jpeg", q); });
  }
  function shrink(file) {
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bmp) {
      var scale = Math.min(1, MAX_SIDE / Math.max(bmp.width, bmp.height));
      var canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(bmp.width * scale));
      canvas.height = Math.max(1, Math.round(bmp.height * scale));
      canvas.getContext("2d").drawImage(bmp, 0, 0, canvas.width, canvas.height);
      if (bmp.close) bmp.close();
      var q = 0.85;
      function attempt() {
        return blobOf(canvas, q).then(function (blob) {
          if (!blob) return null;
          if (blob.size <= MAX_BYTES || q <= 0.3) return blob;
          q -= 0.1;
          return attempt();
        });
      }
      return attempt();
    });
  }
  input.addEventListener("change", function () {
    var file = input.files && input.files[0];
    if (busy || !file || file.size <= MAX_BYTES && file.type === "image/jpeg") return;
    busy = true;
    var form = input.form, send = form && form.querySelector("button[type=submit]:not([name])");
    if (send) send.disabled = true;
    shrink(file).then(function (blob) {
      if (!blob || blob.size >= file.size) return;
      var name = (file.name || "foto").replace(/\.[^.]*$/, "") + ".jpg";
      var dt = new DataTransfer();
      dt.items.add(new File([blob], name, { type: "image/jpeg" }));
      input.files = dt.files;
    }).catch(function () { /* not a picture the browser reads: the server says so */ })
      .then(function () { busy = false; if (send) send.disabled = false; });
  });
})();
