// The staff pages' few behaviours, kept out of the HTML for the Content-Security-Policy (no inline script).
(function () {
  'use strict';

  // "Copy link": the measure page's address to the clipboard, said aloud through the button's own text.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var label = button.firstChild.nodeValue;
      navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
        button.firstChild.nodeValue = 'Copied';
        setTimeout(function () { button.firstChild.nodeValue = label; }, 2000);
      });
    });
  });

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });

  // The question box: the same answers as the widget, asked through the staff area's API (with the CSRF token).
  var form = document.getElementById('staff-ask');
  if (form) {
    var token = document.querySelector('meta[name="_csrf"]').getAttribute('content');
    var header = document.querySelector('meta[name="_csrf_header"]').getAttribute('content');
    var out = document.getElementById('staff-answer');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var headers = { 'Content-Type': 'application/json' };
      headers[header] = token;
      out.textContent = '…';
      fetch('/staff/api/ask', {
        method: 'POST', headers: headers, credentials: 'same-origin',
        body: JSON.stringify({ text: form.elements.text.value, language: form.elements.language.value || undefined })
      }).then(function (r) { return r.json(); }).then(function (a) {
        out.textContent = a.text || a.error || '';
      }).catch(function () { out.textContent = 'No answer: try again.'; });
    });
  }
})();
