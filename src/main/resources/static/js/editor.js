// The article editor: TinyMCE (from WebJars), autosave to the server and to this browser, and
// a notice when someone else has the same article open. Whatever the editor produces is
// sanitized again on the server; this only makes writing pleasant and safe from lost work.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form[data-article-form]');
  var textarea = document.querySelector('textarea.rich-text');
  if (!form || !textarea) {
    return;
  }
  var csrfToken = document.querySelector('meta[name="_csrf"]').getAttribute('content');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]').getAttribute('content');
  // The key names the signed-in user: one person's unsaved text is never offered to another.
  // Logging out removes every key with this prefix (admin.js, and Clear-Site-Data from the server).
  var draftKey = 'tochuc-draft:' + form.getAttribute('data-draft-key');
  var savedAt = parseInt(form.getAttribute('data-saved-at') || '0', 10);
  var autosaveUrl = form.getAttribute('data-autosave-url');
  var status = document.querySelector('[data-autosave-status]');
  var dirty = false;

  function headers() {
    var h = { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' };
    h[csrfHeader] = csrfToken;
    return h;
  }

  function fields() {
    if (window.tinymce && window.tinymce.activeEditor) {
      window.tinymce.activeEditor.save();
    }
    var data = {};
    ['title', 'summary', 'body', 'author', 'source', 'coverCaption', 'categoryId'].forEach(function (name) {
      var field = form.elements[name];
      if (field) {
        data[name] = field.value;
      }
    });
    return data;
  }

  // ---- this browser's copy: survives a closed tab, a crash or an expired session ----------
  function keepLocally() {
    try {
      localStorage.setItem(draftKey, JSON.stringify({ at: Date.now(), fields: fields() }));
    } catch (e) { /* storage full or disabled: the server autosave still runs */ }
  }

  function offerLocalDraft() {
    var raw = localStorage.getItem(draftKey);
    if (!raw) {
      return;
    }
    var draft;
    try { draft = JSON.parse(raw); } catch (e) { localStorage.removeItem(draftKey); return; }
    var current = fields();
    var differs = Object.keys(draft.fields).some(function (k) { return (draft.fields[k] || '') !== (current[k] || ''); });
    if (draft.at <= savedAt || !differs) {
      localStorage.removeItem(draftKey);
      return;
    }
    var box = document.querySelector('[data-local-draft]');
    box.textContent = box.getAttribute('data-text').replace('{0}', new Date(draft.at).toLocaleString('vi-VN'));
    var restore = document.createElement('button');
    restore.type = 'button';
    restore.className = 'btn';
    restore.textContent = box.getAttribute('data-restore');
    restore.addEventListener('click', function () {
      Object.keys(draft.fields).forEach(function (name) {
        if (form.elements[name]) {
          form.elements[name].value = draft.fields[name];
        }
      });
      if (window.tinymce && window.tinymce.activeEditor) {
        window.tinymce.activeEditor.setContent(draft.fields.body || '');
      }
      box.hidden = true;
      dirty = true;
    });
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'btn';
    discard.textContent = box.getAttribute('data-discard');
    discard.addEventListener('click', function () { localStorage.removeItem(draftKey); box.hidden = true; });
    var actions = document.createElement('p');
    actions.className = 'inline-actions';
    actions.appendChild(restore);
    actions.appendChild(discard);
    box.appendChild(actions);
    box.hidden = false;
  }

  // ---- the server's copy: an autosave revision, never over the live text -------------------
  function autosave() {
    if (!dirty || !autosaveUrl) {
      return;
    }
    var body = new URLSearchParams(fields());
    fetch(autosaveUrl, { method: 'POST', body: body, headers: headers(), credentials: 'same-origin', redirect: 'manual' })
      .then(function (response) {
        if (response.ok) {
          return response.json().then(function (json) {
            dirty = false;
            status.textContent = form.getAttribute('data-autosaved').replace('{0}', json.savedAt);
          });
        }
        if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') {
          status.textContent = form.getAttribute('data-session-lost');
        }
      })
      .catch(function () { /* offline: the local copy is kept */ });
  }

  form.addEventListener('input', function () { dirty = true; });
  form.addEventListener('submit', keepLocally);
  setInterval(function () { if (dirty) { keepLocally(); } }, 5000);
  setInterval(autosave, 20000);

  // ---- who else is editing --------------------------------------------------------------
  var presenceBox = document.querySelector('[data-presence]');
  function presence() {
    fetch(presenceBox.getAttribute('data-url'), { method: 'POST', headers: headers(), credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : { others: [] }; })
      .then(function (json) {
        presenceBox.hidden = json.others.length === 0;
        presenceBox.textContent = presenceBox.getAttribute('data-template').replace('{0}', json.others.join(', '));
      })
      .catch(function () {});
  }
  if (presenceBox) {
    presence();
    setInterval(presence, 15000);
  }

  function uploadImage(blobInfo) {
    var data = new FormData();
    data.append('file', blobInfo.blob(), blobInfo.filename());
    return fetch(textarea.getAttribute('data-upload-url'), { method: 'POST', body: data, headers: headers(), credentials: 'same-origin' })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok || !json.location) {
            var message = json.error && json.error.message ? json.error.message : ('HTTP ' + response.status);
            return Promise.reject({ message: message, remove: true });
          }
          return json.location;
        });
      });
  }

  if (!window.tinymce) {
    offerLocalDraft();
    return;
  }
  window.tinymce.init({
    target: textarea,
    language: document.documentElement.lang === 'vi' ? 'vi' : 'en',
    base_url: '/webjars/tinymce',
    suffix: '.min',
    promotion: false,
    branding: false,
    height: 560,
    menubar: 'edit insert format table',
    plugins: 'lists link image table autolink searchreplace code wordcount fullscreen',
    toolbar: 'undo redo | blocks | bold italic underline | bullist numlist blockquote | link image table | removeformat code fullscreen',
    block_formats: 'Đoạn văn=p; Tiêu đề mục=h2; Tiêu đề nhỏ=h3; Trích dẫn=blockquote',
    image_caption: true,
    image_title: false,
    image_dimensions: false,
    image_list: textarea.getAttribute('data-image-list-url'),
    automatic_uploads: true,
    images_upload_handler: uploadImage,
    images_file_types: 'jpeg,jpg,png,webp',
    entity_encoding: 'raw',
    relative_urls: false,
    remove_script_host: true,
    convert_urls: true,
    link_default_target: '_blank',
    content_css: '/css/editor-content.css',
    invalid_elements: 'script,style,iframe,object,embed,form,input',
    setup: function (editor) {
      editor.on('change input undo redo', function () { editor.save(); dirty = true; });
      editor.on('init', offerLocalDraft);
    }
  });
});
