// Fills the township (街道/乡镇) select when a district is chosen, from /api/v1/reference/districts/{code}/townships.
// Without JavaScript the page shows a button that reloads the list on the server instead (see _WorkerFields).
(function () {
    'use strict';

    function option(value, text) {
        var o = document.createElement('option');
        o.value = value;
        o.textContent = text;
        return o;
    }

    document.querySelectorAll('select[data-townships]').forEach(function (district) {
        var target = document.getElementById(district.getAttribute('data-townships'));
        if (!target) {
            return;
        }
        district.addEventListener('change', function () {
            var code = district.value;
            target.replaceChildren(option('', target.getAttribute('data-placeholder') || ''));
            if (!code) {
                return;
            }
            target.disabled = true;
            fetch('/api/v1/reference/districts/' + encodeURIComponent(code) + '/townships', {
                credentials: 'same-origin',
                headers: { Accept: 'application/json' }
            })
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (list) {
                    list.forEach(function (t) { target.appendChild(option(t.code, t.name)); });
                })
                .catch(function () { /* the select stays with its placeholder; the user can still save */ })
                .finally(function () { target.disabled = false; });
        });
    });
})();
