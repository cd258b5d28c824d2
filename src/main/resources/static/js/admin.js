// Staff-side behaviour shared by every admin page.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('form.confirm').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
  // Logging out: the editor's copies of unsaved text (tochuc-draft:user-…) leave this browser
  // with the user, also where the browser ignores the server's Clear-Site-Data header (plain HTTP).
  document.querySelectorAll('form[data-logout]').forEach(function (form) {
    form.addEventListener('submit', function () {
      try {
        Object.keys(window.localStorage).forEach(function (key) {
          if (key.indexOf('tochuc-draft:') === 0) { window.localStorage.removeItem(key); }
        });
      } catch (e) { /* storage disabled: nothing was kept */ }
    });
  });
});
