// Reader-side behaviour. No inline scripts anywhere: the Content-Security-Policy forbids them.
document.addEventListener('DOMContentLoaded', function () {
  // The drop-down menus are <details>: they open by click or keyboard without script; this only
  // closes an open one when the reader clicks elsewhere or presses Escape.
  var submenus = document.querySelectorAll('details.submenu');
  document.addEventListener('click', function (event) {
    submenus.forEach(function (menu) {
      if (menu.open && !menu.contains(event.target)) { menu.open = false; }
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    submenus.forEach(function (menu) {
      if (menu.open) { menu.open = false; menu.querySelector('summary').focus(); }
    });
  });
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

// Font size for reading (A-, A, A+), remembered in this browser. The class sits on <html> so
// the choice applies before the page is painted on the next visit as far as possible.
(function () {
  var KEY = 'portal-font-size';
  var SIZES = ['small', 'normal', 'large'];
  function stored() {
    try {
      var value = window.localStorage.getItem(KEY);
      return SIZES.indexOf(value) >= 0 ? value : 'normal';
    } catch (e) {
      return 'normal';
    }
  }
  function apply(size) {
    SIZES.forEach(function (s) { document.documentElement.classList.remove('font-' + s); });
    document.documentElement.classList.add('font-' + size);
    document.querySelectorAll('.font-size').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-font-size') === size));
    });
  }
  apply(stored());
  document.addEventListener('DOMContentLoaded', function () {
    apply(stored());
    document.querySelectorAll('.font-size').forEach(function (button) {
      button.addEventListener('click', function () {
        var size = button.getAttribute('data-font-size');
        try { window.localStorage.setItem(KEY, size); } catch (e) { /* private mode: this page only */ }
        apply(size);
      });
    });
  });
})();

// The page after logging out: the editor's copies of unsaved text (tochuc-draft:…) leave this
// browser with the user. admin.js removes them when the logout form is sent and the server answers
// Clear-Site-Data; this also catches a copy the editor wrote again while the logout was on its way.
document.addEventListener('DOMContentLoaded', function () {
  if (!document.querySelector('[data-logged-out]')) {
    return;
  }
  try {
    Object.keys(window.localStorage).forEach(function (key) {
      if (key.indexOf('tochuc-draft:') === 0) { window.localStorage.removeItem(key); }
    });
  } catch (e) { /* storage disabled: nothing was kept */ }
});

// The readers' forms (comments, "Góp ý") sit on publicly cached pages that carry no CSRF token.
// The first time the reader focuses or sends one, fetch a token for this session and add it.
(function () {
  function withToken(form) {
    if (form.querySelector('input[data-csrf]')) {
      return Promise.resolve();
    }
    return fetch('/csrf', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (form.querySelector('input[data-csrf]')) {
          return;
        }
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = data.parameterName;
        input.value = data.token;
        input.setAttribute('data-csrf', '');
        form.appendChild(input);
      });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.comment-form, form.reader-form').forEach(function (form) {
      if (form.querySelector('input[name="_csrf"]')) {
        return; // the confirmation page already carries one
      }
      form.addEventListener('focusin', function () { withToken(form).catch(function () {}); }, { once: true });
      form.addEventListener('submit', function (event) {
        if (form.querySelector('input[data-csrf]')) {
          return;
        }
        event.preventDefault();
        // Without a token the server answers a page that lets the reader confirm: send anyway.
        withToken(form).catch(function () {}).then(function () { form.submit(); });
      });
    });
  });
})();
