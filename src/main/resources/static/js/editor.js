// The article editor: HugeRTE (served by the portal), autosave to the server and to this browser, and
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
    if (window.hugerte && window.hugerte.activeEditor) {
      window.hugerte.activeEditor.save();
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
      if (window.hugerte && window.hugerte.activeEditor) {
        window.hugerte.activeEditor.setContent(draft.fields.body || '');
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

  // A pasted picture has no name of its own ("blobid0.png"); the library lists it as a pasted picture.
  function uploadName(blobInfo) {
    var name = blobInfo.filename();
    var pasted = /^(blobid|mceclip|imagetools)\d*\.(\w+)$/i.exec(name);
    return pasted ? 'anh-dan-' + new Date().toISOString().slice(0, 19).replace(/\D/g, '') + '.' + pasted[2] : name;
  }

  function uploadImage(blobInfo) {
    var data = new FormData();
    data.append('file', blobInfo.blob(), uploadName(blobInfo));
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

  if (!window.hugerte) {
    offerLocalDraft();
    return;
  }

  // What the editor may write is what the server keeps: the schema comes from platform/RichText.
  var validElements = textarea.getAttribute('data-valid-elements');
  var validClasses = textarea.getAttribute('data-valid-classes');
  // The word the image plugin writes into a new caption; an empty caption shows a hint instead.
  var CAPTION_PLACEHOLDER = 'Caption';
  var alignBlocks = 'p,h2,h3,h4,h5,h6,div,table';
  function alignment(name) {
    return [
      { selector: alignBlocks, classes: name },
      { selector: 'figure.image', collapsed: false, classes: name, ceFalseOverride: true },
      { selector: 'img', collapsed: false, classes: name }
    ];
  }

  function textOf(node) {
    var text = '';
    for (var child = node.firstChild; child; child = child.next) {
      text += child.type === 3 ? child.value : textOf(child);
    }
    return text;
  }

  function isPendingImage(img) {
    return /^(blob|data):/i.test(img.getAttribute('src') || '');
  }

  window.hugerte.init({
    target: textarea,
    language: document.documentElement.lang === 'en' ? 'en' : 'vi',
    base_url: textarea.getAttribute('data-editor-base'),
    suffix: '.min',
    branding: false,
    elementpath: false,
    help_accessibility: false,
    height: 560,
    menubar: 'edit insert format table view',
    menu: {
      edit: { title: 'Edit', items: 'undo redo | cut copy paste pastetext | selectall | searchreplace' },
      insert: { title: 'Insert', items: 'image link inserttable | hr' },
      format: { title: 'Format', items: 'bold italic underline strikethrough superscript subscript | blocks align | removeformat' },
      view: { title: 'View', items: 'code wordcount | fullscreen' }
    },
    plugins: 'lists link image table autolink searchreplace code wordcount fullscreen',
    toolbar: 'undo redo | blocks | bold italic underline | alignleft aligncenter alignright | bullist numlist blockquote'
      + ' | link image table | removeformat searchreplace code fullscreen',
    contextmenu: 'link image table',
    block_formats: 'Paragraph=p; Heading 2=h2; Heading 3=h3; Blockquote=blockquote',
    valid_elements: validElements,
    valid_classes: validClasses,
    formats: {
      alignleft: alignment('align-left'),
      aligncenter: alignment('align-center'),
      alignright: alignment('align-right')
    },
    // Photos: from the media library (image_list) or uploaded, always with a place for a caption.
    image_caption: true,
    image_title: false,
    image_dimensions: false,
    image_list: textarea.getAttribute('data-image-list-url'),
    automatic_uploads: true,
    images_upload_handler: uploadImage,
    images_file_types: 'jpeg,jpg,png,webp',
    images_reuse_filename: false,
    // Links: the portal's documents (/van-ban/…) to pick from; no target, the sanitizer drops it.
    link_list: textarea.getAttribute('data-document-list-url'),
    link_target_list: false,
    link_default_protocol: 'https',
    // Tables as the public page draws them: no inline widths, borders or colours.
    table_default_attributes: {},
    table_default_styles: {},
    table_use_colgroups: false,
    table_resize_bars: false,
    table_advtab: false,
    table_cell_advtab: false,
    table_row_advtab: false,
    table_appearance_options: false,
    table_style_by_css: false,
    table_header_type: 'section',
    object_resizing: 'img',
    // Pasting: Word's markup is turned into plain HTML first (editor-paste.js); pasted pictures
    // become uploads to the media library, never data: URIs in the text.
    paste_data_images: true,
    paste_preprocess: function (editor, args) {
      if (window.portalWordPaste && !args.internal) {
        args.content = window.portalWordPaste.clean(args.content);
      }
    },
    entity_encoding: 'raw',
    relative_urls: false,
    remove_script_host: true,
    convert_urls: true,
    content_css: textarea.getAttribute('data-content-css'),
    setup: function (editor) {
      function markCaptions() {
        var captionHint = editor.translate('Image caption: type here, or leave empty for none');
        var captions = editor.getBody() ? editor.getBody().querySelectorAll('figcaption') : [];
        Array.prototype.forEach.call(captions, function (caption) {
          var text = caption.textContent.replace(/\u00a0/g, ' ').trim();
          if (text === CAPTION_PLACEHOLDER) {
            caption.innerHTML = '<br data-mce-bogus="1">';
            text = '';
          }
          if (text === '') {
            caption.setAttribute('data-mce-caption-hint', captionHint);
          } else {
            caption.removeAttribute('data-mce-caption-hint');
          }
        });
      }
      editor.on('change input undo redo', function () { editor.save(); dirty = true; });
      editor.on('init', offerLocalDraft);
      editor.on('SetContent NodeChange keyup', markCaptions);
      editor.on('PreInit', function () {
        // An empty caption (or the plugin's placeholder word) is no caption: never saved.
        editor.serializer.addNodeFilter('figcaption', function (nodes) {
          nodes.forEach(function (node) {
            var text = textOf(node).replace(/\u00a0/g, ' ').trim();
            if (text === '' || text === CAPTION_PLACEHOLDER) {
              node.remove();
            }
          });
        });
      });
      // A picture still on its way to the media library is uploaded before the form is sent.
      form.addEventListener('submit', function (event) {
        var pending = Array.prototype.filter.call(editor.getBody().querySelectorAll('img'), isPendingImage);
        if (pending.length === 0) {
          return;
        }
        event.preventDefault();
        var submitter = event.submitter;
        editor.uploadImages().then(function () {
          editor.save();
          var left = Array.prototype.filter.call(editor.getBody().querySelectorAll('img'), isPendingImage);
          if (left.length === 0) {
            form.requestSubmit(submitter);
          }
        });
      });
    }
  });
});
