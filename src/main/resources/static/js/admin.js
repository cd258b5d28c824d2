// Staff-side behaviour shared by every admin page.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('form.confirm').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
});
