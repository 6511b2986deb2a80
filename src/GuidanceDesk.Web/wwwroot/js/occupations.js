// The occupation-code search helper next to a code field: type a name, code or job title, pick a result.
// Calls /api/v1/reference/occupations?q=; the box is hidden without JavaScript (a link to the code list remains).
(function () {
    'use strict';

    document.querySelectorAll('[data-occupation-search]').forEach(function (box) {
        var input = box.querySelector('input[type=search]');
        var list = box.querySelector('.suggest');
        var status = box.querySelector('[role=status]');
        var target = document.getElementById(box.getAttribute('data-target'));
        var nameOut = document.getElementById(box.getAttribute('data-name'));
        var timer = 0;
        var seq = 0;
        if (!input || !list || !target) {
            return;
        }
        box.hidden = false;

        function choose(o) {
            target.value = o.code;
            if (nameOut) {
                nameOut.textContent = o.name;
            }
            list.replaceChildren();
            input.value = '';
            if (status) {
                status.textContent = '';
            }
            target.focus();
        }

        function render(items) {
            list.replaceChildren();
            items.filter(function (o) { return o.level === 'Occupation'; }).forEach(function (o) {
                var li = document.createElement('li');
                var b = document.createElement('button');
                var code = document.createElement('span');
                b.type = 'button';
                code.className = 'code';
                code.textContent = o.code;
                b.append(code, o.name);
                b.addEventListener('click', function () { choose(o); });
                li.appendChild(b);
                list.appendChild(li);
            });
            if (status) {
                status.textContent = list.children.length ? '' : (box.getAttribute('data-empty') || '');
            }
        }

        function search() {
            var q = input.value.trim();
            var mine = ++seq;
            if (!q) {
                render([]);
                return;
            }
            fetch('/api/v1/reference/occupations?limit=15&q=' + encodeURIComponent(q), {
                credentials: 'same-origin',
                headers: { Accept: 'application/json' }
            })
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (items) {
                    if (mine === seq) {
                        render(items);
                    }
                })
                .catch(function () { /* no suggestions; the code can still be typed */ });
        }

        input.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(search, 250);
        });
        input.addEventListener('keydown', function (e) {
            // Enter searches instead of submitting the whole registration form; arrow down enters the results.
            if (e.key === 'Enter') {
                e.preventDefault();
                search();
            } else if (e.key === 'ArrowDown' && list.querySelector('button')) {
                e.preventDefault();
                list.querySelector('button').focus();
            }
        });
    });
})();
