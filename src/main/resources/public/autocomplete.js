// Choosing an authority by typing its name or ONS code: the GOV.UK accessible autocomplete over the
// page's own <select>, so the page works the same without JavaScript.
//   <select data-bv-autocomplete>                  becomes an autocomplete that keeps the select's value
//   <select data-bv-autocomplete data-bv-add-to=ID> adds each chosen authority's code to the textarea ID
(function () {
  'use strict';
  if (!window.accessibleAutocomplete) {
    return;
  }

  function optionsOf(select) {
    return Array.prototype.filter.call(select.options, function (o) { return o.value !== ''; });
  }

  // Matches the start of any word of the name, or the code, ignoring case; names first, then codes.
  function sourceFor(select) {
    var options = optionsOf(select);
    return function (query, populate) {
      var q = query.trim().toLowerCase();
      if (!q) {
        populate([]);
        return;
      }
      var byName = [];
      var byCode = [];
      options.forEach(function (o) {
        var text = o.textContent.trim();
        var words = text.toLowerCase().split(/[\s,()-]+/);
        if (text.toLowerCase().indexOf(q) === 0 || words.some(function (w) { return w.indexOf(q) === 0; })) {
          byName.push(text);
        } else if (o.value.toLowerCase().indexOf(q) === 0) {
          byCode.push(text);
        }
      });
      populate(byName.concat(byCode).slice(0, 20));
    };
  }

  function codeOf(select, text) {
    var match = optionsOf(select).filter(function (o) { return o.textContent.trim() === text; })[0];
    return match ? match.value : null;
  }

  document.querySelectorAll('select[data-bv-autocomplete]').forEach(function (select) {
    var target = select.getAttribute('data-bv-add-to') && document.getElementById(select.getAttribute('data-bv-add-to'));
    var id = select.id;
    var options = {
      selectElement: select,
      defaultValue: select.value === '' ? '' : undefined,
      source: sourceFor(select),
      minLength: 2,
      autoselect: false,
      showNoOptionsFound: true,
      tNoResults: function () { return 'No authority found: try another part of the name, or its ONS code'; }
    };
    if (target) {
      options.defaultValue = '';
      options.confirmOnBlur = false;
      options.onConfirm = function (text) {
        var code = text && codeOf(select, text);
        if (!code) {
          return;
        }
        var codes = target.value.split(/[\s,;]+/).filter(function (c) { return c; });
        if (codes.indexOf(code) < 0) {
          codes.push(code);
          target.value = codes.join('\n');
        }
        // Empty the box for the next one; the component hears it as the officer clearing it.
        setTimeout(function () {
          var input = document.getElementById(id);
          input.value = '';
          input.dispatchEvent(new Event('input', {bubbles: true}));
        }, 0);
        var status = document.getElementById(id + '-added');
        if (status) {
          status.textContent = 'Added ' + text + ' (' + code + '). ' + codes.length + (codes.length === 1 ? ' member.' : ' members.');
        }
      };
    } else {
      // Keeps the select's value in step, and lets an emptied box mean "none" where the select offers it.
      options.onConfirm = function (text) {
        var input = document.getElementById(select.id);
        var code = text && codeOf(select, text);
        if (code) {
          select.value = code;
        } else if (input && input.value.trim() === '' && select.querySelector('option[value=""]')) {
          select.value = '';
        }
      };
    }
    if (options.defaultValue === undefined) {
      delete options.defaultValue;
    }
    accessibleAutocomplete.enhanceSelectElement(options);
    ariaOfCombobox(id);
  });

  // Version 2 of the component leaves out attributes ARIA 1.2 requires of a combobox: which list it
  // controls and whether that list is showing. They are kept in step with the list here.
  function ariaOfCombobox(id) {
    var input = document.getElementById(id);
    var list = document.getElementById(id + '__listbox');
    if (!input || !list) {
      return;
    }
    var sync = function () {
      input.setAttribute('aria-controls', list.id);
      input.setAttribute('aria-expanded', list.classList.contains('autocomplete__menu--visible') ? 'true' : 'false');
    };
    sync();
    new MutationObserver(sync).observe(list, {attributes: true, attributeFilter: ['class']});
    new MutationObserver(function () {
      if (!input.hasAttribute('aria-expanded')) {
        sync();
      }
    }).observe(input, {attributes: true});
  }
})();
