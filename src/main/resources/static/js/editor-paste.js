// Paste from Word (and other word processors), before the editor's own schema filter runs:
// Word's list paragraphs become real lists, its headings, bold, italic, links and tables stay,
// its classes, mso- styles, <o:p>, fonts, colours, VML shapes and pictures that point at the
// author's own disk (file:///…) go. The result is plain HTML the sanitizer keeps as it is.
(function () {
  var ORDERED_MARKER = /^\(?([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]/;
  var KEPT_ATTRIBUTES = { a: ['href', 'title'], img: ['src', 'alt', 'width', 'height'], td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'] };
  var DROPPED_ELEMENTS = 'style,script,meta,link,title,xml,head,object,embed,iframe,form,input,button,select,textarea';
  var UNWRAPPED_ELEMENTS = 'span,font,ins,del,section,article,header,footer,center';

  function isWordHtml(html) {
    return /urn:schemas-microsoft-com:office|class="?Mso|mso-[a-z-]+\s*:|<o:p>/i.test(html);
  }

  function fragmentOf(html) {
    var start = html.indexOf('<!--StartFragment-->');
    var end = html.indexOf('<!--EndFragment-->');
    if (start >= 0 && end > start) {
      return html.substring(start + '<!--StartFragment-->'.length, end);
    }
    var body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
    return body ? body[1] : html;
  }

  function each(list, action) {
    Array.prototype.slice.call(list).forEach(action);
  }

  function unwrap(element) {
    var parent = element.parentNode;
    while (element.firstChild) {
      parent.insertBefore(element.firstChild, element);
    }
    parent.removeChild(element);
  }

  function rename(element, name) {
    var replacement = element.ownerDocument.createElement(name);
    while (element.firstChild) {
      replacement.appendChild(element.firstChild);
    }
    element.parentNode.replaceChild(replacement, element);
    return replacement;
  }

  function styleOf(element) {
    return (element.getAttribute('style') || '').toLowerCase();
  }

  function textOf(element) {
    return (element.textContent || '').replace(/[\s\u00a0]+/g, ' ').trim();
  }

  // Word writes alignment as align= or text-align; the portal writes it as a class.
  function alignmentOf(element) {
    var match = /(?:^|;)\s*text-align\s*:\s*(left|center|right)/.exec(styleOf(element));
    var align = match ? match[1] : (element.getAttribute('align') || '').toLowerCase();
    return align === 'center' || align === 'right' ? 'align-' + align : null;
  }

  // Bold and italic written as styles (Word's spans, Google Docs) become elements.
  function emphasis(doc) {
    each(doc.body.querySelectorAll('b, strong'), function (element) {
      if (/(?:^|;)\s*font-weight\s*:\s*(normal|[1-4]00)/.test(styleOf(element))) {
        unwrap(element);
      }
    });
    each(doc.body.querySelectorAll('span'), function (span) {
      var style = styleOf(span);
      var inner = span;
      if (/(?:^|;)\s*font-weight\s*:\s*(bold|[6-9]00)/.test(style)) {
        inner = wrapChildren(inner, 'strong');
      }
      if (/(?:^|;)\s*font-style\s*:\s*italic/.test(style)) {
        wrapChildren(inner, 'em');
      }
    });
  }

  function wrapChildren(element, name) {
    var wrapper = element.ownerDocument.createElement(name);
    while (element.firstChild) {
      wrapper.appendChild(element.firstChild);
    }
    element.appendChild(wrapper);
    return wrapper;
  }

  // Word's list items are paragraphs with mso-list: lN levelM and a marker ("·", "1.") in
  // front; consecutive ones become one list, nested by level, ordered when the marker counts.
  function lists(doc) {
    var paragraphs = doc.body.querySelectorAll('p');
    var current = null;
    each(paragraphs, function (p) {
      var level = /mso-list\s*:\s*l\d+\s+level(\d+)/.exec(styleOf(p));
      if (!level && !/^MsoListParagraph/i.test(p.className || '')) {
        current = null;
        return;
      }
      var depth = level ? parseInt(level[1], 10) : 1;
      var marker = p.querySelector('[data-word-list-marker]');
      var markerText = marker ? textOf(marker) : '';
      var ordered = ORDERED_MARKER.test(markerText);
      if (marker) {
        marker.parentNode.removeChild(marker);
      }
      if (!current || !isNextSibling(current.last, p)) {
        current = { stack: [], last: null };
      }
      while (current.stack.length > depth) {
        current.stack.pop();
      }
      var top = current.stack[current.stack.length - 1];
      while (current.stack.length < depth) {
        var list = doc.createElement(ordered ? 'ol' : 'ul');
        if (top) {
          var lastItem = top.lastElementChild || top.appendChild(doc.createElement('li'));
          lastItem.appendChild(list);
        } else {
          p.parentNode.insertBefore(list, p);
          current.root = list;
        }
        current.stack.push(list);
        top = list;
      }
      var item = doc.createElement('li');
      while (p.firstChild) {
        item.appendChild(p.firstChild);
      }
      top.appendChild(item);
      p.parentNode.removeChild(p);
      current.last = current.root;
    });
  }

  // The next list paragraph belongs to the same list when nothing but white space lies between.
  function isNextSibling(list, p) {
    if (!list) {
      return false;
    }
    for (var node = list.nextSibling; node; node = node.nextSibling) {
      if (node === p) {
        return true;
      }
      if (node.nodeType !== 3 || node.nodeValue.trim() !== '') {
        return false;
      }
    }
    return false;
  }

  function tables(doc) {
    each(doc.body.querySelectorAll('thead td'), function (cell) {
      var header = rename(cell, 'th');
      ['colspan', 'rowspan'].forEach(function (name) {
        if (cell.hasAttribute(name)) {
          header.setAttribute(name, cell.getAttribute(name));
        }
      });
      header.setAttribute('scope', 'col');
    });
    // A cell holding one Word paragraph holds its text.
    each(doc.body.querySelectorAll('td, th'), function (cell) {
      var paragraphs = cell.querySelectorAll('p');
      if (paragraphs.length === 1 && paragraphs[0].parentNode === cell) {
        unwrap(paragraphs[0]);
      }
    });
  }

  function cleanAttributes(doc) {
    each(doc.body.querySelectorAll('*'), function (element) {
      var name = element.nodeName.toLowerCase();
      var kept = KEPT_ATTRIBUTES[name] || [];
      var align = /^(p|h[2-6]|div)$/.test(name) ? alignmentOf(element) : null;
      each(element.attributes, function (attribute) {
        if (kept.indexOf(attribute.name.toLowerCase()) < 0) {
          element.removeAttribute(attribute.name);
        }
      });
      if (align) {
        element.setAttribute('class', align);
      }
    });
  }

  // Any HTML from outside the editor; Word's is recognised by its list paragraphs and comments.
  function clean(html) {
    if (!html || html.indexOf('<') < 0) {
      return html;
    }
    var source = fragmentOf(html)
      // Word's list numbers and bullets, shown only where lists are not supported: kept aside.
      .replace(/<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi, '<span data-word-list-marker="">$1</span>')
      // Every other conditional part (VML pictures and their fallbacks, Office XML) and comment.
      .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
      .replace(/<!\[if [^\]]*\]>|<!\[endif\]>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '');
    var doc = new DOMParser().parseFromString('<!DOCTYPE html><html><body>' + source + '</body></html>', 'text/html');
    each(doc.body.querySelectorAll(DROPPED_ELEMENTS), function (element) {
      element.parentNode.removeChild(element);
    });
    // Office's own elements: v:shape, w:sdt, o:p… (HTML parsers keep the prefix in the name).
    each(doc.body.querySelectorAll('*'), function (element) {
      var name = element.nodeName.toLowerCase();
      if (name.indexOf('v:') === 0 || name.indexOf('w:') === 0 || name.indexOf('m:') === 0) {
        element.parentNode.removeChild(element);
      }
    });
    // Pictures on the author's disk never reach the browser; only real ones (data:, http) stay.
    each(doc.body.querySelectorAll('img'), function (img) {
      if (!/^(data:image\/|https?:|\/)/i.test(img.getAttribute('src') || '')) {
        img.parentNode.removeChild(img);
      }
    });
    lists(doc);
    emphasis(doc);
    each(doc.body.querySelectorAll('h1'), function (h1) {
      rename(h1, 'h2');
    });
    each(doc.body.querySelectorAll('p'), function (p) {
      if (/^MsoTitle$/i.test(p.className || '')) {
        rename(p, 'h2');
      }
    });
    each(doc.body.querySelectorAll('a'), function (a) {
      if (!a.getAttribute('href')) {
        unwrap(a); // bookmarks (_Toc…, _Hlk…)
      }
    });
    tables(doc);
    cleanAttributes(doc);
    each(doc.body.querySelectorAll('*'), function (element) {
      if (element.nodeName.indexOf(':') >= 0) {
        unwrap(element);
      }
    });
    each(doc.body.querySelectorAll(UNWRAPPED_ELEMENTS), unwrap);
    // Word's spacing paragraphs (<p><o:p>&nbsp;</o:p></p>) are no content.
    each(doc.body.querySelectorAll('p, h2, h3, h4, h5, h6, li'), function (block) {
      if (textOf(block) === '' && !block.querySelector('img, table, ul, ol')) {
        block.parentNode.removeChild(block);
      }
    });
    return doc.body.innerHTML.replace(/\s*\n\s*/g, ' ').trim();
  }

  window.portalWordPaste = { clean: clean, isWordHtml: isWordHtml };
})();
