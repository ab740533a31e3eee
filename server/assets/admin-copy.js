/* The survey page's copy buttons: each copies the read-only box it names
   (data-copy) and says so in the line beside it. Without this script the
   buttons stay hidden and the boxes are selected for copying by hand. */
(function () {
  document.querySelectorAll("textarea.snippet").forEach(function (t) {
    t.addEventListener("focus", function () { t.select(); });
  });
  document.querySelectorAll("button.copy[data-copy]").forEach(function (b) {
    var box = document.getElementById(b.getAttribute("data-copy"));
    var said = b.parentNode.querySelector(".copied");
    if (!box) return;
    b.hidden = false;
    b.addEventListener("click", function () {
      var done = function () { if (said) said.textContent = said.getAttribute("data-copied"); };
      box.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(box.value).then(done, function () {
          if (document.execCommand("copy")) done();
        });
      } else if (document.execCommand("copy")) {
        done();
      }
    });
  });
})();
