/* The export page: fetch the file, show how many rows have arrived of how
   many (the server says in X-Export-Rows), then save it. Without
   JavaScript the form downloads the plain way. */
(function () {
  var form = document.querySelector('form[action="/admin/exports/download"]');
  var status = document.getElementById('export-progress');
  var bar = document.getElementById('export-bar');
  if (!form || !status || !bar || !window.fetch || !window.ReadableStream) return;
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var params = new URLSearchParams(new FormData(form));
    var file = params.get('file') || 'responses.csv';
    params.delete('file');
    Array.from(params.keys()).forEach(function (k) { if (!params.get(k)) params.delete(k); });
    var url = '/admin/exports/' + file + '?' + params.toString();
    status.hidden = false; bar.hidden = false; bar.removeAttribute('value');
    status.textContent = '…';
    fetch(url, { credentials: 'same-origin' }).then(function (res) {
      if (!res.ok || !res.body) { window.location.href = url; return; }
      var total = Number(res.headers.get('x-export-rows') || 0);
      var name = (/filename="([^"]+)"/.exec(res.headers.get('content-disposition') || '') || [])[1] || file;
      var lines = file.indexOf('.xlsx') > 0 ? -1 : (file.indexOf('.csv') > 0 ? -1 : 0);
      var reader = res.body.getReader();
      var parts = [];
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            var link = document.createElement('a');
            link.href = URL.createObjectURL(new Blob(parts, { type: res.headers.get('content-type') || '' }));
            link.download = name;
            document.body.appendChild(link);
            link.click();
            link.remove();
            bar.value = 100;
            status.textContent = status.getAttribute('data-done');
            return;
          }
          parts.push(chunk.value);
          if (file.indexOf('.xlsx') < 0) {
            for (var i = 0; i < chunk.value.length; i++) if (chunk.value[i] === 10) lines++;
            if (total > 0) { bar.max = total; bar.value = Math.min(lines, total); }
            status.textContent = status.getAttribute('data-rows')
              .replace('{rows}', Math.max(lines, 0).toLocaleString())
              .replace('{total}', total.toLocaleString());
          }
          return pump();
        });
      }
      return pump();
    }).catch(function () { window.location.href = url; });
  });
})();
