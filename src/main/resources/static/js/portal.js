// Reader-side behaviour. No inline scripts anywhere: the Content-Security-Policy forbids them.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.copy-link').forEach(function (button) {
    button.addEventListener('click', function () {
      var url = button.getAttribute('data-url');
      var done = function () {
        var original = button.textContent;
        button.textContent = button.getAttribute('data-done');
        setTimeout(function () { button.textContent = original; }, 2000);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(done);
      } else {
        var field = document.createElement('textarea');
        field.value = url;
        document.body.appendChild(field);
        field.select();
        document.execCommand('copy');
        field.remove();
        done();
      }
    });
  });
  document.querySelectorAll('.print-page').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
});
